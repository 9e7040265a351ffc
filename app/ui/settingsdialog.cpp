#include "settingsdialog.h"

#include "core/refreshschedule.h"
#include "regionfilterbutton.h"
#include "settingkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oqy {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

// A form row whose label names its control for screen readers too.
void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, field);
}

} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_fontSize(new QSpinBox(this))
    , m_font(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_markRead(new QCheckBox(tr("Mark an article read when it is selected"), this))
    , m_refreshMinutes(new QSpinBox(this))
    , m_offline(new QCheckBox(tr("Work offline (no downloads at all)"), this))
    , m_proxy(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(new QLineEdit(this))
    , m_proxyPassword(new QLineEdit(this))
    , m_keepDays(new QSpinBox(this))
    , m_maxMB(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Show Oqy in the system tray, with the unread count"), this))
    , m_notifyRegions(new RegionFilterButton(this))
{
    setWindowTitle(tr("Settings"));
    using namespace settingkeys;

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(reading);
    m_fontSize->setRange(12, 32);
    m_fontSize->setSuffix(tr(" px"));
    m_fontSize->setValue(m_settings.value(FontSize, FontSizeDefault).toInt());
    addRow(readingForm, tr("Text &size:"), m_fontSize);
    m_font->addItem(tr("Serif"), true);
    m_font->addItem(tr("Sans serif"), false);
    selectData(m_font, m_settings.value(Serif, true).toBool());
    addRow(readingForm, tr("&Font:"), m_font);
    m_theme->addItem(tr("As the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    selectData(m_theme, m_settings.value(Theme, QStringLiteral("system")));
    addRow(readingForm, tr("&Theme:"), m_theme);
    m_markRead->setChecked(m_settings.value(MarkReadOnSelect, true).toBool());
    readingForm->addRow(m_markRead);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    m_refreshMinutes->setRange(0, 24 * 60);
    m_refreshMinutes->setSuffix(tr(" min"));
    m_refreshMinutes->setSpecialValueText(tr("Only when asked"));
    m_refreshMinutes->setValue(
        m_settings.value(RefreshMinutes, schedule::DefaultIntervalMinutes).toInt());
    addRow(networkForm, tr("&Refresh every:"), m_refreshMinutes);
    m_offline->setChecked(m_settings.value(Offline, false).toBool());
    networkForm->addRow(m_offline);
    m_proxy->addItem(tr("As the system"), QStringLiteral("system"));
    m_proxy->addItem(tr("No proxy"), QStringLiteral("none"));
    m_proxy->addItem(tr("This HTTP proxy:"), QStringLiteral("manual"));
    selectData(m_proxy, m_settings.value(Proxy, QStringLiteral("system")));
    addRow(networkForm, tr("&Proxy:"), m_proxy);
    m_proxyHost->setText(m_settings.value(ProxyHost).toString());
    m_proxyHost->setPlaceholderText(QStringLiteral("proxy.example.kz"));
    addRow(networkForm, tr("Proxy &host:"), m_proxyHost);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(m_settings.value(ProxyPort, 3128).toInt());
    addRow(networkForm, tr("Proxy p&ort:"), m_proxyPort);
    addRow(networkForm, tr("Proxy &user:"), m_proxyUser);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(m_settings.value(ProxyHasSecret, false).toBool()
            ? tr("(kept in the system keychain)")
            : QString());
    addRow(networkForm, tr("Proxy pass&word:"), m_proxyPassword);
    auto manual = [this] {
        const bool on = m_proxy->currentData() == QLatin1String("manual");
        m_proxyHost->setEnabled(on);
        m_proxyPort->setEnabled(on);
        m_proxyUser->setEnabled(on);
        m_proxyPassword->setEnabled(on);
    };
    connect(m_proxy, &QComboBox::currentIndexChanged, this, manual);
    manual();

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setSpecialValueText(tr("For ever"));
    m_keepDays->setValue(m_settings.value(KeepDays, KeepDaysDefault).toInt());
    addRow(storageForm, tr("&Keep articles:"), m_keepDays);
    m_maxMB->setRange(0, 1024 * 1024);
    m_maxMB->setSingleStep(256);
    m_maxMB->setSuffix(tr(" MB"));
    m_maxMB->setSpecialValueText(tr("No limit"));
    m_maxMB->setValue(m_settings.value(MaxMB, MaxMBDefault).toInt());
    addRow(storageForm, tr("&Cache at most:"), m_maxMB);
    auto *exempt = new QLabel(
        tr("Bookmarks, and unread articles within the kept days, are never removed."), this);
    exempt->setWordWrap(true);
    storageForm->addRow(exempt);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationsForm = new QFormLayout(notifications);
    m_tray->setChecked(m_settings.value(ShowTrayIcon, false).toBool());
    notificationsForm->addRow(m_tray);
    m_notifyRegions->setNoneText(tr("No region"));
    m_notifyRegions->setSelectedRegions(m_settings.value(NotifyRegions).toStringList());
    addRow(notificationsForm, tr("&New articles in:"), m_notifyRegions);
    auto trayDependent = [this] { m_notifyRegions->setEnabled(m_tray->isChecked()); };
    connect(m_tray, &QCheckBox::toggled, this, trayDependent);
    trayDependent();

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    selectData(m_language, m_settings.value(Language, QString()).toString());
    addRow(languageForm, tr("&Language (after a restart):"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : { static_cast<QWidget *>(reading), static_cast<QWidget *>(network),
             static_cast<QWidget *>(storage), static_cast<QWidget *>(notifications),
             static_cast<QWidget *>(languageBox) })
        layout->addWidget(w);
    layout->addWidget(buttons);
}

Credentials SettingsDialog::proxyCredentials() const
{
    Credentials c;
    c.user = m_proxyUser->text().trimmed();
    c.password = m_proxyPassword->text();
    return c;
}

void SettingsDialog::save()
{
    using namespace settingkeys;
    m_settings.setValue(FontSize, m_fontSize->value());
    m_settings.setValue(Serif, m_font->currentData().toBool());
    m_settings.setValue(Theme, m_theme->currentData().toString());
    m_settings.setValue(MarkReadOnSelect, m_markRead->isChecked());
    m_settings.setValue(RefreshMinutes, m_refreshMinutes->value());
    m_settings.setValue(Offline, m_offline->isChecked());
    m_settings.setValue(Proxy, m_proxy->currentData().toString());
    m_settings.setValue(ProxyHost, m_proxyHost->text().trimmed());
    m_settings.setValue(ProxyPort, m_proxyPort->value());
    m_settings.setValue(KeepDays, m_keepDays->value());
    m_settings.setValue(MaxMB, m_maxMB->value());
    m_settings.setValue(Language, m_language->currentData().toString());
    m_settings.setValue(ShowTrayIcon, m_tray->isChecked());
    m_settings.setValue(NotifyRegions, m_notifyRegions->selectedRegions());
}

} // namespace oqy
