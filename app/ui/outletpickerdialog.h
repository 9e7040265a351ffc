#pragma once

#include "feeds/outletdirectory.h"

#include <QDialog>

class QTreeWidget;

namespace oqy {

// The outlet directory by region, with a check box per outlet and per region ("Add outlet…", and
// on first run "Which regions do you follow?"). Checking a region checks its outlets.
class OutletPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `intro` is the line above the list: different on first run.
    OutletPickerDialog(
        const feeds::OutletDirectory &directory, const QString &intro, QWidget *parent = nullptr);

    QList<feeds::DirectoryOutlet> chosen() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    const feeds::OutletDirectory &m_directory;
    QTreeWidget *m_tree;
};

} // namespace oqy
