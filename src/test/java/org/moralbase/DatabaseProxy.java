package org.moralbase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the app and MariaDB that a test can cut and restore, to test what happens when the database
 * is unreachable for a while. A cut closes every open connection and stops listening, so new connections are
 * refused, as when the database is down; a restore listens on the same port again. A freeze is the other kind of
 * outage, a network that silently drops everything: connections stay open but no byte passes until a thaw. One
 * virtual thread per direction per connection.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean frozen;
    private int port;
    private ServerSocket server;

    private DatabaseProxy(InetSocketAddress target) {
        this.target = target;
    }

    /** Starts a proxy on a free loopback port to the host and port of a {@code jdbc:mariadb://host:port/db} URL. */
    public static DatabaseProxy forJdbcUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        DatabaseProxy proxy =
                new DatabaseProxy(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort()));
        proxy.restore();
        return proxy;
    }

    /** The same JDBC URL, pointed at this proxy. */
    public String through(String jdbcUrl) {
        return jdbcUrl.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** Accepts connections again (on the same port). */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        // the old listener's port is released once its accepting thread has woken up: wait for that briefly
        for (int attempt = 1; ; attempt++) {
            try {
                ServerSocket listening = new ServerSocket();
                listening.setReuseAddress(true);
                listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
                port = listening.getLocalPort();
                server = listening;
                Thread.ofVirtual().name("db-proxy-accept").start(() -> accept(listening));
                return;
            } catch (IOException e) {
                if (attempt == 50) {
                    throw new UncheckedIOException("cannot listen on port " + port, e);
                }
                sleep(20);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lets no byte through, either way, until {@link #thaw()}; connections stay open and new ones are accepted. */
    public void freeze() {
        frozen = true;
    }

    /** Lets bytes through again (those held back go first). */
    public void thaw() {
        frozen = false;
    }

    /** True while connections are refused. */
    public synchronized boolean isCut() {
        return server == null;
    }

    @Override
    public void close() {
        thaw();
        cut();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException closedByCut) {
                return;
            }
            Socket upstream = new Socket();
            open.add(client);
            open.add(upstream);
            try {
                upstream.connect(target, 5000);
            } catch (IOException refused) {
                closeQuietly(client); // the app sees a closed connection, as if MariaDB had refused it
                closeQuietly(upstream);
                continue;
            }
            if (listening.isClosed()) { // cut while connecting
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            Thread.ofVirtual().start(() -> pump(client, upstream));
            Thread.ofVirtual().start(() -> pump(upstream, client));
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                while (frozen) {
                    sleep(20);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // either side closed, or cut(): close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
