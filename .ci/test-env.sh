# Sourced by ./moralbase test: installs and starts what the tests need, and makes a throwaway database.
# Works on a fresh Debian machine as root; on a machine that has everything it changes nothing.

apt_install() {
    if [ "$(id -u)" != 0 ]; then
        echo "moralbase test: missing $*; install them (as root: apt-get install $*)" >&2; exit 2
    fi
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        echo "Installing Chromium and ChromeDriver (Debian packages)…" >&2
        apt_install chromium chromium-driver
    fi
}

mariadb_sql() { # run SQL as the server's admin: socket auth as root, or TCP root with an empty password
    mariadb -uroot -e "$1" 2>/dev/null || mariadb -uroot -h127.0.0.1 -P3306 -e "$1"
}

ensure_mariadb() {
    if ! command -v mariadb-admin >/dev/null || [ ! -x /usr/sbin/mariadbd ]; then
        echo "Installing MariaDB server (Debian package)…" >&2
        apt_install mariadb-server
    fi
    if ! mariadb-admin ping --silent 2>/dev/null && ! mariadb-admin -h127.0.0.1 ping --silent 2>/dev/null; then
        echo "Starting MariaDB…" >&2
        install -d -o mysql -g mysql /run/mysqld
        [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
        nohup /usr/sbin/mariadbd --user=mysql >/var/log/mariadbd-moralbase.log 2>&1 &
        for _ in $(seq 1 150); do mariadb-admin ping --silent 2>/dev/null && break; sleep 0.2; done
        mariadb-admin ping --silent 2>/dev/null || { echo "moralbase test: MariaDB did not start; see /var/log/mariadbd-moralbase.log" >&2; exit 2; }
    fi
}

prepare_test_environment() {
    ensure_chromium
    ensure_mariadb
    TEST_DB="moralbase_test_$$_$(date +%s)"
    mariadb_sql "CREATE DATABASE \`$TEST_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'moralbase_test'@'localhost' IDENTIFIED BY 'moralbase_test';
        CREATE USER IF NOT EXISTS 'moralbase_test'@'127.0.0.1' IDENTIFIED BY 'moralbase_test';
        GRANT ALL ON \`$TEST_DB\`.* TO 'moralbase_test'@'localhost';
        GRANT ALL ON \`$TEST_DB\`.* TO 'moralbase_test'@'127.0.0.1';
        CREATE DATABASE \`${TEST_DB}_m\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        GRANT ALL ON \`${TEST_DB}_m\`.* TO 'moralbase_test'@'localhost';
        GRANT ALL ON \`${TEST_DB}_m\`.* TO 'moralbase_test'@'127.0.0.1';" \
        || { echo "moralbase test: cannot create the test database in MariaDB" >&2; exit 2; }
    export MORALBASE_DB_URL="jdbc:mariadb://127.0.0.1:3306/$TEST_DB"
    export MORALBASE_DB_USER=moralbase_test MORALBASE_DB_PASSWORD=moralbase_test
    # a second, scratch database: MigrationIT fills it in an earlier schema and migrates it
    export MORALBASE_MIGRATION_DB_URL="jdbc:mariadb://127.0.0.1:3306/${TEST_DB}_m"
    echo "Test database: $TEST_DB on MariaDB $(mariadb-admin version 2>/dev/null | sed -n 's/^Server version[[:space:]]*//p')" >&2
}

drop_test_database() {
    [ -n "${TEST_DB:-}" ] && mariadb_sql "DROP DATABASE IF EXISTS \`$TEST_DB\`; DROP DATABASE IF EXISTS \`${TEST_DB}_m\`;" >/dev/null 2>&1 || true
}
