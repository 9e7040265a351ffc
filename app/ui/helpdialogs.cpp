#include "helpdialogs.h"

#include "storage/datadir.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <libxml/xmlversion.h>
#include <sqlite3.h>
#include <zlib.h>

namespace oqy {

namespace {

QDialogButtonBox *closeButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

AboutDialog::AboutDialog(const DataDir &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Oqy"));
    const QString libraries = QStringLiteral(
        "<ul><li>Qt %1 — LGPL 3.0</li><li>QtKeychain — BSD 3-Clause</li><li>SQLite %2 — %3</li>"
        "<li>libxml2 %4 — MIT</li><li>Snowball (libstemmer) — BSD 3-Clause</li>"
        "<li>zlib %5 — zlib</li></ul>")
                                  .arg(QString::fromLatin1(qVersion()),
                                      QString::fromLatin1(sqlite3_libversion()),
                                      tr("public domain"),
                                      QString::fromLatin1(LIBXML_DOTTED_VERSION),
                                      QString::fromLatin1(ZLIB_VERSION));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setText(QStringLiteral("<h2>Oqy %1</h2><p>%2</p><p>%3<br><code>%4</code></p><p>%5</p>%6"
                                 "<p>%7</p>")
                      .arg(QStringLiteral(OQY_VERSION),
                          tr("A news reader for Kazakhstan's regional outlets, in Russian and "
                             "Kazakh. Oqy means «read!» in Kazakh."),
                          tr("Your subscriptions, articles, photos and bookmarks are kept in:"),
                          QDir::toNativeSeparators(dataDir.root()).toHtmlEscaped(),
                          tr("Oqy is built on these libraries, each under its own licence:"),
                          libraries,
                          tr("Passwords are kept only in the system keychain.")));
    text->setAccessibleName(tr("About Oqy"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(closeButton(this));
    resize(520, sizeHint().height());
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHeaderLabels({ tr("Action"), tr("Keys") });
    table->setRootIsDecorated(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction *menuAction : menus) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(table, { QString(menuAction->text()).remove(QLatin1Char('&')) });
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const QAction *action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            if (keys.isEmpty() || action->isSeparator())
                continue;
            new QTreeWidgetItem(
                group, { QString(action->text()).remove(QLatin1Char('&')), keys.join(QStringLiteral(", ")) });
        }
        if (group->childCount() == 0)
            delete group;
    }
    table->expandAll();
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(closeButton(this));
    resize(480, 560);
}

} // namespace oqy
