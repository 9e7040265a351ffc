#include "outletpickerdialog.h"

#include "articlerenderer.h"
#include "core/region.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oqy {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

} // namespace

OutletPickerDialog::OutletPickerDialog(
    const feeds::OutletDirectory &directory, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Outlets of Kazakhstan"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_tree->setHeaderLabels({ tr("Outlet"), tr("Site") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Outlets by region"));
    layout->addWidget(m_tree, 1);
    auto *note = new QLabel(tr("Addresses come from public sources and some may have moved; a feed "
                               "that fails shows its error in the tree and is easy to remove."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Subscribe"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // National outlets first, then the regions.
    const QStringList groups = QStringList { QString() } + regionSlugs();
    for (const QString &slug : std::as_const(groups)) {
        const QList<feeds::DirectoryOutlet> outlets = directory.forRegions({ slug });
        if (outlets.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree);
        group->setText(0,
            slug.isEmpty() ? tr("Whole country")
                           : ArticleRenderer::regionName(slug, QLocale().name()));
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Unchecked);
        for (const feeds::DirectoryOutlet &o : outlets) {
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, o.outlet.name);
            item->setText(1, o.outlet.site);
            item->setData(0, KeyRole, o.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    resize(560, 600);
}

QList<feeds::DirectoryOutlet> OutletPickerDialog::chosen() const
{
    QList<feeds::DirectoryOutlet> out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->checkState(0) == Qt::Checked)
                if (const auto *o = m_directory.find(group->child(i)->data(0, KeyRole).toString()))
                    out.append(*o);
    }
    return out;
}

} // namespace oqy
