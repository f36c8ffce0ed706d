// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Relay {
class RelayClient;
}

namespace Relay::Ui {

class PreviewPane;

/*! "Pull URL": paste a pointer URL (or an id of the local relay), pull it, preview it, copy or save
 *  it. A URL with #key= is decrypted here; without one, an encrypted payload shows the key field.
 *  Pulling counts as a read, which the dialog says before it happens. */
class PullDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullDialog)

public:
    //! \a localServer resolves bare ids; the API key is sent to that relay only.
    explicit PullDialog(const QUrl &localServer, const QString &apiKey = QString(),
                        QWidget *parent = nullptr);
    ~PullDialog() override;

    void setUrl(const QString &url);
    QString url() const;
    //! Pulls the URL in the field (the Pull button does the same).
    void pull();
    PreviewPane *preview() const { return m_preview; }

Q_SIGNALS:
    //! A pull finished, well (\a error empty) or not.
    void pullFinished(const QString &error);

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void copy();
    void save();

    QUrl m_localServer;
    RelayClient *m_localClient = nullptr;
    RelayClient *m_remoteClient = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_pullButton = nullptr;
    QLabel *m_status = nullptr;
    PreviewPane *m_preview = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QByteArray m_data;
    bool m_binary = false;
    QString m_suggestedName;
};

} // namespace Relay::Ui
