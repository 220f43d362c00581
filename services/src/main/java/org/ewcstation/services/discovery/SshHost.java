package org.ewcstation.services.discovery;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.ewc.model.VersionInfo;

/**
 * One SSH server the sweep found. {@code version} is set when we logged in and read {@code show version};
 * {@code problem} says why a login was not possible (wrong password, ...). {@code fingerprint} is the host
 * key's, known after a login.
 */
public record SshHost(String address, int port, String banner, VersionInfo version, String fingerprint, Msg problem) {

    /** Cisco IOS-XE identifies itself as {@code SSH-2.0-Cisco-1.25}. */
    public boolean cisco() {
        return banner != null && banner.matches("SSH-[\\d.]+-Cisco-.*");
    }

    /** Confirmed by {@code show version}: the controller running on an AP. */
    public boolean ewc() {
        return version != null && version.ewc();
    }

    SshHost withLogin(VersionInfo v, String fp, Msg why) {
        return new SshHost(address, port, banner, v, fp, why);
    }
}
