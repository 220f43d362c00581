package org.ewcstation.simulator.network;

/**
 * The AP models of the default lab, with the image type each one runs (EWC-CLI.md, "AP model to image
 * type"); {@code macPrefix} keeps generated MACs in a plausible vendor range per model.
 */
public enum ApModel {
    C9120AXI("C9120AXI-B", "ap1g7", "687d.b4"),
    C9105AXI("C9105AXI-B", "ap1g8", "9105.e1"),
    AP2802I("AIR-AP2802I-B-K9", "ap3g3", "002a.10"),
    AP3802I("AIR-AP3802I-B-K9", "ap3g3", "7061.7b"),
    C9130AXI("C9130AXI-B", "ap1g6a", "a4b2.39"),
    C9115AXI("C9115AXI-B", "ap1g7", "6c41.0e"),
    AP1815I("AIR-AP1815I-B-K9", "ap1g5", "00a2.ee");

    private final String partNumber;
    private final String imageType;
    private final String macPrefix;

    ApModel(String partNumber, String imageType, String macPrefix) {
        this.partNumber = partNumber;
        this.imageType = imageType;
        this.macPrefix = macPrefix;
    }

    public String partNumber() {
        return partNumber;
    }

    public String imageType() {
        return imageType;
    }

    String macPrefix() {
        return macPrefix;
    }
}
