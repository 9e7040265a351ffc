#pragma once

#include <QStringList>
#include <QToolButton>

namespace oqy {

// The region filter: a menu of the 20 regions, any number of them ticked (none: all regions). The
// button's text says what is chosen.
class RegionFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit RegionFilterButton(QWidget *parent = nullptr);

    QStringList selectedRegions() const;
    void setSelectedRegions(const QStringList &slugs);

signals:
    void selectionChanged();

private:
    void updateText();
};

} // namespace oqy
