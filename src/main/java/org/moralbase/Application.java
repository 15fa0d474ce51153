package org.moralbase;

import org.moralbase.base.SchemaMigration;
import org.moralbase.cli.MoralbaseCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        // analyze / generate are file tools: no Spring context, no server, no database
        if (MoralbaseCli.handles(args)) {
            System.exit(MoralbaseCli.run(args));
        }
        // a cluster migrates once, before its app nodes start (docs/decisions/0031)
        if (SchemaMigration.handles(args)) {
            System.exit(SchemaMigration.run(System.getenv()));
        }
        SpringApplication.run(Application.class, args);
    }
}
