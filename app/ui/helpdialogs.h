#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace oqy {

class DataDir;

// Help → About Oqy: what it is, its version, where it keeps the reader's data, and the libraries
// it ships with and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const DataDir &dataDir, QWidget *parent = nullptr);
};

// Help → Keyboard shortcuts (?): every menu action that has a key, grouped by menu, in the
// interface's language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &menus, QWidget *parent = nullptr);
};

} // namespace oqy
