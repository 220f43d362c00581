package org.ewcstation.views.ewc;

import org.ewcstation.i18n.Msg;
import org.ewcstation.services.controllers.ControllerBook;
import org.ewcstation.services.ewc.link.ControllerLink;
import org.ewcstation.services.ewc.model.VersionInfo;
import org.ewcstation.services.ewc.poll.ApChanges;
import org.ewcstation.services.ewc.poll.ApSnapshot;
import org.ewcstation.services.ewc.poll.PollListener;
import org.ewcstation.services.ewc.session.EwcCredentials;
import org.ewcstation.services.ewc.session.EwcError;
import org.ewcstation.services.ewc.session.EwcException;
import org.ewcstation.services.ewc.session.HostKeyChangedException;
import org.ewcstation.services.ewc.session.HostKeyUnknownException;
import org.ewcstation.views.fx.Dialogs;
import org.ewcstation.views.fx.SecretAnswer;
import org.ewcstation.views.fx.UiExecutors;

/**
 * Logs in to a controller in the background and settles what only the technician can: an unknown or changed host
 * key (asked with the fingerprints), and a login that lands at the user prompt (the enable secret is asked for,
 * kept only when they tick "remember"). Then starts polling.
 */
final class ControllerIdentify {

    private final ControllersViewModel list;
    private final UiExecutors executors;
    private final Dialogs dialogs;
    private final ControllerLinks factory;
    private final ControllerBook book;

    ControllerIdentify(
            ControllersViewModel list,
            UiExecutors executors,
            Dialogs dialogs,
            ControllerLinks factory,
            ControllerBook book) {
        this.list = list;
        this.executors = executors;
        this.dialogs = dialogs;
        this.factory = factory;
        this.book = book;
    }

    void identify(String key, ControllerLink link) {
        executors.background().execute(() -> {
            try {
                VersionInfo v = link.identify();
                executors
                        .fx()
                        .execute(() -> list.update(key, c -> c.identified(v.hostname(), v.version(), v.platform())));
                link.startPolling(factory.around(link, v, pollListener(key)));
            } catch (HostKeyUnknownException e) {
                executors.fx().execute(() -> unknownKey(key, link, e));
            } catch (HostKeyChangedException e) {
                executors.fx().execute(() -> changedKey(key, link, e));
            } catch (EwcException e) {
                if (e.error() == EwcError.ENABLE_NEEDED || e.error() == EwcError.ENABLE_FAILED) {
                    executors.fx().execute(() -> askEnable(key, link, e));
                } else {
                    executors.fx().execute(() -> failed(key, e.msg(), true));
                }
            }
        });
    }

    // as OpenSSH does: nothing is trusted (or stored) until the technician has seen the fingerprint
    private void unknownKey(String key, ControllerLink link, HostKeyUnknownException e) {
        String host = link.endpoint().host();
        String fingerprint = e.change().offeredFingerprint();
        if (dialogs.confirm(
                "controllers.hostKey.unknownTitle", Msg.of("controllers.hostKey.unknown", host, fingerprint))) {
            factory.acceptHostKey(e.change());
            identify(key, link);
        } else {
            failed(key, Msg.of("controllers.hostKey.declined", host, fingerprint), false);
        }
    }

    private void changedKey(String key, ControllerLink link, HostKeyChangedException e) {
        list.update(key, c -> c.with(ControllerItem.State.FAILED, e.msg()));
        if (dialogs.confirm(
                "controllers.hostKey.title",
                Msg.of(
                        "controllers.hostKey.changed",
                        link.endpoint().host(),
                        e.change().knownFingerprint(),
                        e.change().offeredFingerprint()))) {
            factory.acceptHostKey(e.change());
            list.update(key, c -> c.with(ControllerItem.State.CONNECTING, null));
            identify(key, link);
        }
    }

    /** The login landed at {@code >} (or enable refused the secret): ask for the enable secret and log in again. */
    private void askEnable(String key, ControllerLink link, EwcException why) {
        String endpoint = link.endpoint().toString();
        Msg prompt = why.error() == EwcError.ENABLE_NEEDED
                ? Msg.of("controllers.enable.prompt", endpoint)
                : Msg.of("controllers.enable.refused", endpoint);
        var answer = dialogs.askSecret("controllers.enable.title", prompt);
        if (answer.isEmpty()) {
            failed(key, Msg.of(EwcError.ENABLE_NEEDED.key(), "", endpoint, ""), false);
            return;
        }
        SecretAnswer a = answer.get();
        String secret = new String(a.secret());
        a.wipe();
        EwcCredentials was = link.credentials();
        ControllerLink next = link.with(new EwcCredentials(was.username(), was.password(), secret));
        if (a.remember()) {
            book.find(link.endpoint().host(), link.endpoint().port()).ifPresent(s -> book.keepEnableSecret(s, secret));
        }
        list.replaceLink(key, next);
        list.update(key, c -> c.with(ControllerItem.State.CONNECTING, null));
        identify(key, next);
    }

    private void failed(String key, Msg why, boolean notify) {
        list.update(key, c -> c.with(ControllerItem.State.FAILED, why));
        list.problem(key, why);
        if (notify) {
            dialogs.notify(why, true);
        }
    }

    private PollListener pollListener(String key) {
        return new PollListener() {
            @Override
            public void snapshot(ApSnapshot snapshot, ApChanges changes) {
                executors.fx().execute(() -> list.polled(key, snapshot));
            }

            @Override
            public void connectionLost(Msg reason, long retryInMillis) {
                executors.fx().execute(() -> {
                    list.update(key, c -> c.with(ControllerItem.State.RECONNECTING, reason));
                    list.problem(key, reason);
                });
            }

            @Override
            public void stopped(Msg reason) {
                if (reason != null) {
                    executors.fx().execute(() -> failed(key, reason, false));
                }
            }
        };
    }
}
