#include "subscriptions.h"

#include "core/webaddress.h"
#include "feeddiscoverer.h"
#include "secrets/secretstore.h"
#include "session.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/outletstore.h"
#include "storage/storagewriter.h"

#include <QCoreApplication>
#include <memory>

namespace oqy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Subscriptions)
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

} // namespace

struct Subscriptions::Pending
{
    SubscribeRequest request;
    Done done;
    WebAddress address;
    QUrl url; // what is stored
    Feed::Kind kind = Feed::Kind::Feed;
    QString secretId; // the keychain entry written for the address's user and password
    SubscribeResult result;
};

Subscriptions::Subscriptions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void Subscriptions::subscribe(const SubscribeRequest &request, Done done)
{
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->done = std::move(done);
    pending->address = WebAddress::parse(request.address);
    if (!pending->address.ok()) {
        SubscribeResult refused;
        refused.error = pending->address.error;
        refused.badAddress = true;
        pending->done(refused);
        return;
    }
    pending->url = pending->address.url;
    pending->kind = request.newsList ? Feed::Kind::NewsList : Feed::Kind::Feed;
    if (request.accountId != 0 && pending->address.hasCredentials()) {
        SubscribeResult refused;
        refused.error = Text::tr("A sync account's feeds are read by its server: the address "
                                 "must not carry a user name and password.");
        pending->done(refused);
        return;
    }

    const auto findAndStore = [this, pending] {
        const bool check = pending->request.discover && !pending->request.newsList
            && pending->request.accountId == 0;
        if (!check) {
            store(pending);
            return;
        }
        if (m_session.isOffline()) {
            pending->result.note = Text::tr("Not checked: Oqy is working offline. The address is "
                                            "read at the next refresh.");
            store(pending);
            return;
        }
        auto *discoverer = new FeedDiscoverer(&m_session.network(), this);
        discoverer->setSiteRulesPath(m_session.dataDir().siteRulesPath());
        Credentials credentials;
        credentials.user = pending->address.user;
        credentials.password = pending->address.password;
        discoverer->discover(
            pending->url,
            [this, pending, discoverer](const Discovery &found) {
                discoverer->deleteLater();
                if (found.feeds.size() > 1 && !pending->request.firstOfSeveral) {
                    // The reader chooses; the choice comes back as a new request, with the
                    // address's credentials again where they belong.
                    for (feeds::DiscoveredFeed feed : found.feeds) {
                        if (pending->address.hasCredentials() && sameOrigin(feed.url, pending->url)) {
                            feed.url.setUserName(pending->address.user);
                            feed.url.setPassword(pending->address.password);
                        }
                        pending->result.choices.append(feed);
                    }
                    storeFailed(pending, {});
                    return;
                }
                if (!found.feeds.isEmpty()) {
                    pending->url = found.feeds.first().url.adjusted(QUrl::RemoveUserInfo);
                    pending->result.others = found.feeds.mid(1);
                } else if (found.newsList) {
                    pending->kind = Feed::Kind::NewsList;
                    pending->result.newsListFound = true;
                    pending->result.newsItems = found.newsItems;
                } else if (found.authRequired) {
                    // Stored: the credentials can be given afterwards (the window asks, oqy-cli
                    // auth keeps them).
                    pending->result.needsCredentials = true;
                    pending->result.note = found.error;
                } else if (found.unreachable) {
                    pending->result.note
                        = Text::tr("Not checked now (%1). Oqy tries it at every refresh.")
                              .arg(found.error);
                } else {
                    storeFailed(pending, found.error);
                    return;
                }
                // Credentials go to the address's own server only.
                if (!pending->secretId.isEmpty()
                    && !sameOrigin(pending->url, pending->address.url)) {
                    m_session.secrets().remove(pending->secretId, [](const QString &) { });
                    pending->secretId.clear();
                    pending->result.credentialsStored = false;
                }
                store(pending);
            },
            credentials);
    };

    if (!pending->address.hasCredentials()) {
        findAndStore();
        return;
    }
    // The keychain first: when it cannot take them, nothing is stored anywhere.
    const QString secretId = SecretStore::newId();
    Credentials credentials;
    credentials.user = pending->address.user;
    credentials.password = pending->address.password;
    m_session.secrets().write(
        secretId, credentials, [pending, secretId, findAndStore](const QString &error) {
            if (!error.isEmpty()) {
                SubscribeResult refused;
                refused.error = Text::tr("The user name and password in the address could not "
                                         "be kept in the system keychain, so nothing was "
                                         "stored: %1")
                                    .arg(error);
                pending->done(refused);
                return;
            }
            pending->secretId = secretId;
            pending->result.credentialsStored = true;
            findAndStore();
        });
}

void Subscriptions::find(const QString &address, FindDone done)
{
    const WebAddress checked = WebAddress::parse(address);
    if (!checked.ok()) {
        Discovery refused;
        refused.error = checked.error;
        done(refused);
        return;
    }
    auto *discoverer = new FeedDiscoverer(&m_session.network(), this);
    discoverer->setSiteRulesPath(m_session.dataDir().siteRulesPath());
    Credentials credentials;
    credentials.user = checked.user;
    credentials.password = checked.password;
    discoverer->discover(
        checked.url,
        [discoverer, done](const Discovery &found) {
            discoverer->deleteLater();
            done(found);
        },
        credentials);
}

void Subscriptions::storeFailed(const std::shared_ptr<Pending> &pending, const QString &error)
{
    if (!pending->secretId.isEmpty())
        m_session.secrets().remove(pending->secretId, [](const QString &) { });
    SubscribeResult result;
    result.error = error;
    result.choices = pending->result.choices;
    pending->done(result);
}

void Subscriptions::store(const std::shared_ptr<Pending> &pending)
{
    const QString url = pending->url.toString();
    const Feed::Kind kind = pending->kind;
    const QString folder = pending->request.folder.trimmed();
    const qint64 account = pending->request.accountId;
    const QString secretId = pending->secretId;
    auto stored = std::make_shared<std::pair<qint64, bool>>(0, false); // id, existed
    m_session.writer().submit(
        [url, kind, folder, account, secretId, stored](Database &db) {
            if (account != 0) {
                if (!AccountStore(db).byId(account))
                    throw std::runtime_error(
                        Text::tr("There is no sync account %1.").arg(account).toStdString());
                stored->first = AccountStore(db).subscribe(account, url, folder);
                return;
            }
            FeedStore feeds(db);
            stored->second = feeds.byUrl(url).has_value();
            stored->first = feeds.add(url, kind);
            if (!folder.isEmpty())
                feeds.setFolder(stored->first, folder);
            if (!secretId.isEmpty())
                feeds.setSecretId(stored->first, secretId);
        },
        this,
        [this, pending, url, kind, stored](const QString &error) {
            if (!error.isEmpty()) {
                storeFailed(pending, error);
                return;
            }
            SubscribeResult result = pending->result;
            result.feedId = stored->first;
            result.existed = stored->second;
            result.url = url;
            result.newsList = kind == Feed::Kind::NewsList;
            pending->done(result);
        });
}

void Subscriptions::import(const feeds::SubscriptionList &list, ImportDone done)
{
    struct State
    {
        QList<feeds::Subscription> plain; // checked, without credentials
        QList<QPair<feeds::Subscription, WebAddress>> withCredentials;
        QHash<QString, QString> secretIds; // url → keychain entry
        ImportResult result;
    };
    auto state = std::make_shared<State>();
    state->result.skipped = list.skipped;
    for (const feeds::Subscription &s : list.subscriptions) {
        const WebAddress address = WebAddress::parse(s.url);
        if (!address.ok()) {
            state->result.skipped.append(displayAddress(s.url) + QStringLiteral(": ") + address.error);
            continue;
        }
        feeds::Subscription checked = s;
        checked.url = address.url.toString();
        if (address.hasCredentials())
            state->withCredentials.append({ checked, address });
        else
            state->plain.append(checked);
    }
    // One keychain entry after the other, then one write for all.
    auto storeAll = [this, state, done] {
        m_session.writer().submit(
            [state](Database &db) {
                FeedStore store(db);
                for (const feeds::Subscription &s : std::as_const(state->plain)) {
                    if (store.byUrl(s.url)) {
                        ++state->result.known;
                        continue;
                    }
                    const qint64 id = store.add(s.url, Feed::Kind::Feed, s.title);
                    if (!s.folder.isEmpty())
                        store.setFolder(id, s.folder);
                    if (state->secretIds.contains(s.url))
                        store.setSecretId(id, state->secretIds.value(s.url));
                    state->result.added.append(id);
                }
            },
            this,
            [state, done](const QString &error) {
                if (!error.isEmpty()) {
                    state->result.added.clear();
                    state->result.error = error;
                }
                done(state->result);
            });
    };
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, storeAll, next] {
        if (state->withCredentials.isEmpty()) {
            storeAll();
            *next = nullptr; // the cycle through the capture ends here
            return;
        }
        const auto [subscription, address] = state->withCredentials.takeFirst();
        Credentials credentials;
        credentials.user = address.user;
        credentials.password = address.password;
        const QString secretId = SecretStore::newId();
        m_session.secrets().write(secretId, credentials,
            [state, subscription, secretId, next](const QString &error) {
                if (error.isEmpty()) {
                    state->secretIds.insert(subscription.url, secretId);
                    state->plain.append(subscription);
                } else {
                    state->result.skipped.append(displayAddress(subscription.url)
                        + QStringLiteral(": ")
                        + Text::tr("its user name and password could not be kept in the system "
                                   "keychain (%1)")
                              .arg(error));
                }
                (*next)();
            });
    };
    (*next)();
}

void Subscriptions::subscribeOutlets(const QList<feeds::DirectoryOutlet> &outlets, OutletsDone done)
{
    auto ids = std::make_shared<QList<qint64>>();
    m_session.writer().submit(
        [outlets, ids](Database &db) {
            for (const feeds::DirectoryOutlet &o : outlets)
                *ids += OutletStore(db).subscribe(o);
        },
        this, [ids, done](const QString &error) { done(error.isEmpty() ? *ids : QList<qint64>(), error); });
}

QByteArray Subscriptions::exportOpml(const QString &title)
{
    QList<feeds::Subscription> list;
    for (const Feed &f : FeedStore(m_session.reader()).all())
        if (f.kind == Feed::Kind::Feed)
            list.append({ QUrl(f.url).adjusted(QUrl::RemoveUserInfo).toString(), f.title,
                f.siteUrl, f.folder });
    return feeds::writeOpml(list, title);
}

} // namespace oqy
