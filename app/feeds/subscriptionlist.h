#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace oqy::feeds {

// One subscription as other readers export it.
struct Subscription
{
    QString url;
    QString title;
    QString siteUrl;
    QString folder; // nested folders joined with " / "; empty for none
};

struct SubscriptionList
{
    QList<Subscription> subscriptions;
    QStringList skipped; // "address: why", for entries that were not subscriptions Oqy can follow
    QString error;       // set when the file is neither OPML nor a urls list
};

// Reads an OPML 1.0/2.0 export (RSS Guard, QuiteRSS, Liferea, Akregator, Newsboat, …) or a Newsboat
// `urls` file. Pure and bounded: no DTD, no entity expansion, no network; folders deeper than 32
// levels are flattened; only http(s) (and feed:) addresses are kept, each once.
SubscriptionList readSubscriptions(const QByteArray &bytes);

// OPML 2.0 with folders as nested outlines.
QByteArray writeOpml(const QList<Subscription> &subscriptions, const QString &title);

} // namespace oqy::feeds
