// SPDX-License-Identifier: MIT
#pragma once

#include "client/relayclient.h"

#include <QDialog>
#include <QMetaType>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Relay::Ui {

//! What the New push dialog asks for: text or a file, and the options of the push.
struct PushRequest
{
    //! The text to push, when filePath is empty.
    QString text;
    QString filePath;
    //! channel, metadata, ttlSeconds, maxReads and encrypt are set; the rest is the pusher's.
    PushOptions options;
    //! The remote relay profile to push to; empty for the local relay.
    QString target;
};

/*! "New push": text or a file, a channel, metadata keys and values, TTL, max reads, whether to
 *  encrypt locally, and (when there are remote profiles) the relay to push to. Does not push
 *  itself: on Push it emits pushRequested() and closes. */
class PushDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushDialog)

public:
    explicit PushDialog(QWidget *parent = nullptr);
    ~PushDialog() override;

    //! Channels to offer in the channel box (any other name can be typed).
    void setChannels(const QStringList &channels);
    void setChannel(const QString &channel);
    void setText(const QString &text);
    void setFile(const QString &path);
    //! Adds a metadata row.
    void addMetadata(const QString &key, const QString &value);
    /*! Remote relay profiles to offer besides the local relay (the default). Without any, the
     *  Target row is hidden. */
    void setTargets(const QStringList &profiles);
    //! Selects a remote profile, or the local relay for an empty name.
    void setTarget(const QString &profile);

    //! What would be pushed now, or an error sentence (empty when the input is fine).
    PushRequest request(QString *error = nullptr) const;

    void accept() override;

Q_SIGNALS:
    void pushRequested(const Relay::Ui::PushRequest &request);

private:
    void browse();

    QTabWidget *m_source = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_channel = nullptr;
    QTableWidget *m_metadata = nullptr;
    QComboBox *m_ttl = nullptr;
    QSpinBox *m_maxReads = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QLabel *m_error = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace Relay::Ui

Q_DECLARE_METATYPE(Relay::Ui::PushRequest)
