package org.moralbase.models;

import org.moralbase.models.registry.ApiKeyCipher;
import org.moralbase.models.registry.KeyVault;

/** Test helper: a master key for stored model keys, set as a system property when the environment has none. */
public final class TestMasterKey {

    private TestMasterKey() {}

    /** Sets one if there is none; true when it did, so {@link #clear} takes it away again. */
    public static boolean setIfMissing() {
        if (System.getenv(KeyVault.MASTER_KEY_VARIABLE) == null
                && System.getProperty(KeyVault.MASTER_KEY_VARIABLE) == null) {
            System.setProperty(KeyVault.MASTER_KEY_VARIABLE, ApiKeyCipher.newMasterKey());
            return true;
        }
        return false;
    }

    public static void clear(boolean setHere) {
        if (setHere) {
            System.clearProperty(KeyVault.MASTER_KEY_VARIABLE);
        }
    }
}
