#include "credentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oqy {

QByteArray Credentials::toSecret() const
{
    QJsonObject o;
    if (hasHeader()) {
        o.insert(QStringLiteral("header"), QString::fromLatin1(headerName));
        o.insert(QStringLiteral("value"), QString::fromLatin1(headerValue));
    } else {
        o.insert(QStringLiteral("user"), user);
        o.insert(QStringLiteral("password"), password);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Credentials Credentials::fromSecret(const QByteArray &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    Credentials c;
    c.user = o.value(QLatin1String("user")).toString();
    c.password = o.value(QLatin1String("password")).toString();
    c.headerName = o.value(QLatin1String("header")).toString().toLatin1();
    c.headerValue = o.value(QLatin1String("value")).toString().toLatin1();
    return c;
}

} // namespace oqy
