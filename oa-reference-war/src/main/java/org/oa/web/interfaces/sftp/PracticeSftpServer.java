package org.oa.web.interfaces.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.file.FileSystemFactory;
import org.apache.sshd.common.file.root.RootedFileSystemProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.security.OaSecurity;
import org.oa.security.sftp.SftpLoginOutcome;
import org.oa.web.application.folders.SubmissionFolders;

/**
 * The embedded SFTP server: listens on 127.0.0.1 only ({@code oa.sftp.port}, default 2222; {@code oa.sftp.enabled}
 * switches it off), accepts SFTP credentials issued by OA security (with the same lockout as the web login), and
 * jails each practice in {@code <oa.data.dir>/sftp/<practice>/} with {@code inbound/} and {@code outbound/}. No
 * shell, no commands, no port forwarding.
 */
@ApplicationScoped
public class PracticeSftpServer {

    private static final Logger LOG = System.getLogger(PracticeSftpServer.class.getName());
    private static final AttributeKey<UUID> PRACTICE = new AttributeKey<>();

    /** The folders every practice has. */
    public static final List<String> FOLDERS = List.of("inbound", "outbound");

    @Inject
    OaSecurity security;

    @Inject
    InboundWatcher inboundWatcher;

    @Inject
    SubmissionFolders folders;

    @Inject
    @ConfigProperty(name = "oa.sftp.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "oa.sftp.port", defaultValue = "2222")
    int port;

    /** Largest file a practice may write over SFTP; a write past it fails and the partial file is removed. */
    @Inject
    @ConfigProperty(name = "oa.sftp.max-file-bytes", defaultValue = "104857600")
    long maxFileBytes;

    private SshServer server;

    /** The root of all practice folders. */
    public Path root() {
        return folders.sftpRoot();
    }

    /** A practice's jail, created with its folders when missing. */
    public Path practiceFolder(UUID practiceId) {
        Path folder = root().resolve(practiceId.toString());
        try {
            for (String name : FOLDERS) {
                Files.createDirectories(folder.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the practice's SFTP folders", e);
        }
        return folder;
    }

    /** Starts with the application, after the schemas are migrated (see {@code Startup}). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
            Object event) {
        start();
    }

    void onStop(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        stop();
    }

    /** Starts the server unless disabled; a port that cannot be bound is logged, not fatal to the portals. */
    public synchronized void start() {
        if (!enabled || server != null) {
            return;
        }
        try {
            Files.createDirectories(root());
            SshServer sshd = SshServer.setUpDefaultServer();
            sshd.setHost("127.0.0.1");
            sshd.setPort(port);
            sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root().resolve("host-key.ser")));
            sshd.setPasswordAuthenticator((username, password, session) -> {
                SftpLoginOutcome outcome = security.sftp().authenticate(username, password.toCharArray());
                if (outcome instanceof SftpLoginOutcome.Success success
                        && success.account().practiceId() != null) {
                    session.setAttribute(PRACTICE, success.account().practiceId());
                    return true;
                }
                return false;
            });
            sshd.setPublickeyAuthenticator(null);
            sshd.setKeyboardInteractiveAuthenticator(null);
            sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
            sshd.setFileSystemFactory(new PracticeFileSystems());
            SftpSubsystemFactory sftp = new SftpSubsystemFactory();
            sftp.addSftpEventListener(new InboundEvents());
            sshd.setSubsystemFactories(List.of(sftp));
            sshd.start();
            server = sshd;
            LOG.log(Level.INFO, "SFTP server listening on 127.0.0.1:{0} (sftp -P {0} <sftp-username>@127.0.0.1; "
                    + "folders inbound/ and outbound/)", Integer.toString(sshd.getPort()));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "SFTP server could not start on 127.0.0.1:" + port + ": " + e.getMessage());
        }
    }

    /** The port the server listens on, or -1 when it is not running. */
    public synchronized int listeningPort() {
        return server == null ? -1 : server.getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop(true);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "SFTP server did not stop cleanly: " + e.getMessage());
            }
            server = null;
        }
    }

    /**
     * Tells the inbound watcher when a file in a practice's {@code inbound/} is opened and closed for writing, and
     * holds every written file to {@code oa.sftp.max-file-bytes}: the write that would pass it fails with a message
     * the practice's software can log, and the partial file is deleted when it is closed, never taken as a claim
     * file.
     */
    private final class InboundEvents implements SftpEventListener {

        private final java.util.Set<Path> tooLarge = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                byte[] data, int dataOffset, int dataLen) throws IOException {
            if (offset + dataLen > maxFileBytes) {
                Path real = localHandle.getFile().toAbsolutePath().normalize();
                tooLarge.add(real);
                LOG.log(Level.WARNING, "SFTP write refused: file over the limit of {0} bytes",
                        Long.toString(maxFileBytes));
                throw new IOException("File too large: OA takes files of at most " + maxFileBytes / (1024 * 1024)
                        + " MB over SFTP. Split the claims into smaller files. This file was not received.");
            }
        }

        @Override
        public void open(ServerSession session, String remoteHandle, Handle localHandle) {
            Path real = inboundFile(session, localHandle);
            if (real != null) {
                inboundWatcher.writeStarted(real);
            }
        }

        @Override
        public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown) {
            Path real = inboundFile(session, localHandle);
            boolean refused = tooLarge.remove(localHandle.getFile().toAbsolutePath().normalize());
            if (refused) {
                try {
                    Files.deleteIfExists(localHandle.getFile());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not delete a refused SFTP file: " + e.getClass().getSimpleName());
                }
                if (real != null) {
                    inboundWatcher.writeAbandoned(real);
                }
                return;
            }
            if (real != null) {
                inboundWatcher.writeFinished(real);
            }
        }

        /** The real path of a file opened for writing directly in the session practice's inbound/, or null. */
        private Path inboundFile(ServerSession session, Handle handle) {
            UUID practice = session.getAttribute(PRACTICE);
            if (practice == null || !(handle instanceof FileHandle file) || !(file.getOpenOptions().contains(
                    StandardOpenOption.WRITE) || file.getOpenOptions().contains(StandardOpenOption.APPEND))) {
                return null;
            }
            Path path = handle.getFile().toAbsolutePath().normalize();
            if (path.getNameCount() != 2 || !"inbound".equals(path.getName(0).toString())) {
                return null;
            }
            return root().resolve(practice.toString()).resolve("inbound").resolve(path.getFileName().toString());
        }
    }

    /** One rooted file system per session, at the signed-in practice's folder. */
    private final class PracticeFileSystems implements FileSystemFactory {

        @Override
        public Path getUserHomeDir(SessionContext session) {
            return null;
        }

        @Override
        public FileSystem createFileSystem(SessionContext session) throws IOException {
            UUID practice = session.getAttribute(PRACTICE);
            if (practice == null) {
                throw new IOException("no practice for this session");
            }
            return new RootedFileSystemProvider().newFileSystem(practiceFolder(practice), Map.of());
        }
    }
}
