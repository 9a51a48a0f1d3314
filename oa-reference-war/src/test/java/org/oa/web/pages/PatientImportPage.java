package org.oa.web.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Practice Mate's patient import ({@code practice-mate/import.xhtml}): upload a CSV file, read its check (the
 * summary and a grid of problems and rows), import it.
 */
public final class PatientImportPage extends PortalFrame {

    PatientImportPage(WebDriver driver) {
        super(driver);
        waitFor("importFile_input");
    }

    public static PatientImportPage open(WebDriver driver) {
        driver.get(Site.url("practice-mate/import.xhtml"));
        return new PatientImportPage(driver);
    }

    /** Chooses {@code file} and waits until the page shows its check (or a message about the file). */
    public PatientImportPage upload(Path file) {
        WebElement before = driver.findElement(By.id("report"));
        type("importFile_input", file.toString());
        new WebDriverWait(driver, PATIENCE).until(d -> replaced(before));
        return this;
    }

    /** Clicks "Import ..." and waits for the report of what was imported. */
    public PatientImportPage importNow() {
        WebElement before = driver.findElement(By.id("report"));
        click("import-now");
        new WebDriverWait(driver, PATIENCE.multipliedBy(2)).until(d -> replaced(before));
        return this;
    }

    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** What the page's message area says (errors about the file, "Imported: ..."). */
    public String said() {
        return text("import-messages");
    }

    /** The one-sentence summary of the check or the import. */
    public String summary() {
        return text("import-summary");
    }

    /** The report's heading: "2. What the import will do" or "3. Imported". */
    public String heading() {
        return driver.findElement(By.cssSelector("#import-report h2")).getText();
    }

    /** Whether the import button is offered. */
    public boolean offersImport() {
        return !driver.findElements(By.id("import-now")).isEmpty();
    }

    /** The grid's rows on the page shown, each as "row | what happens | column | detail". */
    public List<String> lines() {
        return all("#import-lines_data tr").stream()
                .map(tr -> String.join(" | ", tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }
}
