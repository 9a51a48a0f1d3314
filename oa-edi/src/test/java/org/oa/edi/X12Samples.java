package org.oa.edi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Synthetic X12 test data (invented names, NPIs that pass the check digit). */
public final class X12Samples {

    private X12Samples() {
    }

    public static String isa(String control) {
        return "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261101*1200*^*00501*"
                + control + "*0*T*:~";
    }

    /** The transaction segments (without ST/SE) of a valid 837P with one claim of two lines. */
    public static List<String> professionalBody() {
        return new ArrayList<>(List.of(
                "BHT*0019*00*BATCH1*20261101*1200*CH",
                "NM1*41*2*ACME BILLING*****46*SUB123",
                "PER*IC*JOHN SMITH*TE*5555551212",
                "NM1*40*2*SOME PAYER*****46*PAYER1",
                "HL*1**20*1",
                "NM1*85*2*ACME CLINIC*****XX*1234567893",
                "N3*1 MAIN ST",
                "N4*ANYTOWN*CA*900011234",
                "REF*EI*123456789",
                "HL*2*1*22*0",
                "SBR*P*18*******CI",
                "NM1*IL*1*DOE*JANE****MI*MEMBER01",
                "N3*2 OAK ST",
                "N4*ANYTOWN*CA*90001",
                "DMG*D8*19800101*F",
                "NM1*PR*2*SOME PAYER*****PI*PAYER1",
                "CLM*PCN001*150***11:B:1*Y*A*Y*Y",
                "HI*ABK:J020*ABF:R509",
                "LX*1",
                "SV1*HC:99213*100*UN*1***1:2",
                "DTP*472*D8*20261015",
                "LX*2",
                "SV1*HC:87880*50*UN*1***1",
                "DTP*472*D8*20261015"));
    }

    /** A whole interchange with one group and one transaction set of {@code type} and {@code body}. */
    public static String interchange(String type, String version, List<String> body) {
        StringBuilder sb = new StringBuilder();
        sb.append(isa("000000001")).append('\n');
        sb.append("GS*").append(functionalId(type)).append("*SUBMITTER*RECEIVER*20261101*1200*1*X*").append(version)
                .append("~\n");
        sb.append(transaction(type, "0001", version.startsWith("005010X221") ? "" : version, body));
        sb.append("GE*1*1~\nIEA*1*000000001~\n");
        return sb.toString();
    }

    public static String transaction(String type, String control, String st03, List<String> body) {
        StringBuilder sb = new StringBuilder();
        sb.append("ST*").append(type).append('*').append(control).append(st03.isEmpty() ? "" : "*" + st03)
                .append("~\n");
        for (String s : body) {
            sb.append(s).append("~\n");
        }
        sb.append("SE*").append(body.size() + 2).append('*').append(control).append("~\n");
        return sb.toString();
    }

    private static String functionalId(String type) {
        return switch (type) {
            case "837" -> "HC";
            case "835" -> "HP";
            case "999" -> "FA";
            case "277" -> "HN";
            default -> "HS";
        };
    }

    public static String professional() {
        return interchange("837", "005010X222A1", professionalBody());
    }

    /** The 837P with segment {@code index} (0-based in the body) replaced. */
    public static String professionalWith(int index, String segment) {
        List<String> body = professionalBody();
        body.set(index, segment);
        return interchange("837", "005010X222A1", body);
    }

    /** The 837P with every segment starting with {@code prefix} replaced by {@code segment}. */
    public static String professionalReplacing(String prefix, String segment) {
        List<String> body = professionalBody();
        body.replaceAll(s -> s.startsWith(prefix) ? segment : s);
        return interchange("837", "005010X222A1", body);
    }

    public static List<String> institutionalBody() {
        return new ArrayList<>(List.of(
                "BHT*0019*00*BATCH2*20261101*1200*CH",
                "NM1*41*2*ACME BILLING*****46*SUB123",
                "PER*IC*JOHN SMITH*TE*5555551212",
                "NM1*40*2*SOME PAYER*****46*PAYER1",
                "HL*1**20*1",
                "NM1*85*2*ACME HOSPITAL*****XX*1234567893",
                "N3*1 MAIN ST",
                "N4*ANYTOWN*CA*900011234",
                "REF*EI*123456789",
                "HL*2*1*22*0",
                "SBR*P*18*******CI",
                "NM1*IL*1*DOE*JOHN****MI*MEMBER02",
                "DMG*D8*19700101*M",
                "NM1*PR*2*SOME PAYER*****PI*PAYER1",
                "CLM*PCN900*300***13:A:1**A*Y*Y",
                "DTP*434*RD8*20261001-20261002",
                "CL1*1*7*01",
                "HI*ABK:I10",
                "LX*1",
                "SV2*0300*HC:80053*200*UN*1",
                "LX*2",
                "SV2*0450*HC:99283*100*UN*1"));
    }

    public static String institutional() {
        return interchange("837", "005010X223A2", institutionalBody());
    }

    public static List<String> remittanceBody() {
        return new ArrayList<>(List.of(
                "BPR*I*125*C*CHK************20261110",
                "TRN*1*CHK12345*1512345678",
                "DTM*405*20261110",
                "N1*PR*SOME PAYER",
                "N3*10 PAYER WAY",
                "N4*PAYTOWN*CA*900020000",
                "N1*PE*ACME CLINIC*XX*1234567893",
                "LX*1",
                "CLP*PCN001*1*150*125*10*12*PAYERCLAIM1",
                "SVC*HC:99213*100*80",
                "CAS*CO*45*15",
                "CAS*PR*2*5",
                "SVC*HC:87880*50*45",
                "CAS*PR*2*5",
                "PLB*1234567893*20261231*WO:ADJ1*0"));
    }

    public static String remittance() {
        return interchange("835", "005010X221A1", remittanceBody());
    }

    public static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static List<String> list(String... s) {
        return new ArrayList<>(Arrays.asList(s));
    }
}
