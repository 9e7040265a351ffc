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
    // What the button says when no region is ticked ("All regions" unless told otherwise).
    void setNoneText(const QString &text);

signals:
    void selectionChanged();

private:
    void updateText();
    QString m_noneText;
};

} // namespace oqy
