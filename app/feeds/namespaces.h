#pragma once

#include <QString>
#include <optional>

namespace oqy::feeds {

// The prefix Oqy uses for a namespace URI whatever prefix the document chose ("dc" for Dublin
// Core, "media" for Media RSS, "" for RSS/Atom themselves); nullopt for unknown namespaces.
std::optional<QString> canonicalNamespacePrefix(const QString &uri);

} // namespace oqy::feeds
