// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "pickler/pickler.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ps::gui {

/// File ▸ Save As and File ▸ Convert: where to write, and how — pickle protocol 0–5, plain
/// pickle or joblib, compression and level — each choice explained in one line, and what this
/// file cannot be converted to and why. OK writes through `write`; a refusal is shown in the
/// dialog, which stays open.
class ConvertDialog : public QDialog
{
    Q_OBJECT

public:
    /// `write(target, options)` writes the file (options empty: as read) and returns "" or why
    /// nothing was written.
    using Writer = std::function<QString(const QString &, const std::optional<ConvertOptions> &)>;
    ConvertDialog(const QString &title, const Document &document, const QString &target,
                  Writer write, QWidget *parent = nullptr);

    /// The options chosen: empty when every choice keeps the file's own (protocol, container,
    /// compression), so the file is written as read.
    std::optional<ConvertOptions> options() const;
    QString target() const;
    void setTarget(const QString &path);
    /// Chooses a protocol (-1: keep), a container and a compression ("none", "zlib", ...).
    void choose(int protocol, ConvertOptions::Container container, const QString &compression,
                int level);

    QLabel *protocolExplanation() const { return m_protocolNote; }
    QLabel *containerExplanation() const { return m_containerNote; }
    QLabel *compressionExplanation() const { return m_compressionNote; }
    /// What cannot be converted (or why the last write failed).
    QLabel *limitation() const { return m_limits; }

    void accept() override;

private:
    void updateNotes();
    void browse();

    Format m_format;
    QString m_compression; ///< the file's own
    int m_protocol;        ///< the file's own
    Writer m_write;
    QLineEdit *m_target = nullptr;
    QComboBox *m_protocolBox = nullptr;
    QComboBox *m_containerBox = nullptr;
    QComboBox *m_compressionBox = nullptr;
    QSpinBox *m_level = nullptr;
    QLabel *m_protocolNote = nullptr;
    QLabel *m_containerNote = nullptr;
    QLabel *m_compressionNote = nullptr;
    QLabel *m_limits = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ps::gui
