package org.ewcstation.services.ewc.poll;

import org.ewcstation.services.ewc.model.PredownloadPhase;

/**
 * One AP as the AP table shows it: {@code show ap summary} (model, MACs, address, state), {@code show ap image}
 * (images, pre-download) and the per-AP progress command (percent, ETA) joined by AP name. Fields a source
 * did not give are null; {@code percent} is null when unknown. The two MACs (as the controller prints them,
 * {@code aaaa.bbbb.cccc}) are never null: empty when the summary lacks the AP.
 */
public record ApStatus(
        String name,
        String model,
        String imageType,
        String ethernetMac,
        String radioMac,
        String ipAddress,
        String state,
        String primaryImage,
        String backupImage,
        String predownloadStatus,
        PredownloadPhase phase,
        String predownloadVersion,
        String nextRetryTime,
        int retryCount,
        String method,
        Integer percent,
        String eta) {}
