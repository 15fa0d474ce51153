package org.moralbase.dataimport.format;

/** A format's fixed description (id, label, shape, signature), so that each format writes only how it is told and read. */
public abstract class BaseDatasetFormat implements DatasetFormat {

    private final String id;
    private final String label;
    private final FileShape shape;
    private final String signature;

    /** See {@link DatasetFormat#id()}, {@link #label()}, {@link #shape()} and {@link #signature()}. */
    protected BaseDatasetFormat(String id, String label, FileShape shape, String signature) {
        if (id == null || !id.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("id must be upper snake case, was " + id);
        }
        this.id = id;
        this.label = label;
        this.shape = shape;
        this.signature = signature;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final FileShape shape() {
        return shape;
    }

    @Override
    public final String signature() {
        return signature;
    }

    @Override
    public String toString() {
        return id;
    }
}
