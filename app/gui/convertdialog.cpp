// SPDX-License-Identifier: MIT
#include "convertdialog.h"

#include "qtstrings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ps::gui {

namespace {
const char *const kCompressions[] = {"none", "zlib", "gzip", "bz2", "xz", "lzma", "lz4"};

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}
} // namespace

ConvertDialog::ConvertDialog(const QString &title, const Document &document, const QString &target,
                             Writer write, QWidget *parent)
    : QDialog(parent)
    , m_format(document.format())
    , m_compression(toQString(document.compression()))
    , m_protocol(document.protocol())
    , m_write(std::move(write))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("convertDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(target, this);
    m_target->setMinimumWidth(420);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browseButton);
    form->addRow(tr("File:"), targetRow);

    m_protocolBox = new QComboBox(this);
    m_protocolBox->addItem(tr("As read (protocol %1)").arg(m_protocol), -1);
    for (int p = 0; p <= 5; ++p)
        m_protocolBox->addItem(tr("Protocol %1").arg(p), p);
    m_protocolNote = noteLabel(this);
    form->addRow(tr("Protocol:"), m_protocolBox);
    form->addRow(QString(), m_protocolNote);

    m_containerBox = new QComboBox(this);
    m_containerBox->addItem(tr("Plain pickle"),
                            static_cast<int>(ConvertOptions::Container::Pickle));
    m_containerBox->addItem(tr("joblib"), static_cast<int>(ConvertOptions::Container::Joblib));
    m_containerBox->setCurrentIndex(m_format == Format::Joblib ? 1 : 0);
    m_containerNote = noteLabel(this);
    form->addRow(tr("Container:"), m_containerBox);
    form->addRow(QString(), m_containerNote);

    auto *compressionRow = new QHBoxLayout;
    m_compressionBox = new QComboBox(this);
    for (const char *name : kCompressions)
        m_compressionBox->addItem(QLatin1String(name), QLatin1String(name));
    const int own = m_compressionBox->findData(m_compression);
    m_compressionBox->setCurrentIndex(own >= 0 ? own : 0);
    m_level = new QSpinBox(this);
    m_level->setRange(0, 9);
    m_level->setValue(3);
    m_level->setPrefix(tr("level "));
    compressionRow->addWidget(m_compressionBox, 1);
    compressionRow->addWidget(m_level);
    m_compressionNote = noteLabel(this);
    form->addRow(tr("Compression:"), compressionRow);
    form->addRow(QString(), m_compressionNote);
    layout->addLayout(form);

    m_limits = new QLabel(this);
    m_limits->setWordWrap(true);
    layout->addWidget(m_limits);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    const bool torch = m_format == Format::TorchZip || m_format == Format::TorchLegacy;
    if (torch) {
        // As the CLI: the writer does not rewrite a checkpoint's zip layout in another form.
        m_limits->setText(tr("<b>Cannot be converted:</b> a PyTorch checkpoint is written only "
                             "in its own container (its tensors live in separate storages of "
                             "the zip); it is saved as read, with your edits."));
        m_protocolBox->setEnabled(false);
        m_containerBox->setEnabled(false);
        m_compressionBox->setEnabled(false);
        m_level->setEnabled(false);
    } else {
        m_limits->setText(
            tr("Everything the file holds is written again: shared objects and cycles stay "
               "shared, numpy arrays are written the way numpy writes them for the protocol. "
               "Writing refuses what the chosen protocol cannot express and says why."));
    }

    connect(browseButton, &QPushButton::clicked, this, &ConvertDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConvertDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_protocolBox, m_containerBox, m_compressionBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ConvertDialog::updateNotes);
    connect(m_compressionBox, &QComboBox::currentIndexChanged, this, [this] {
        // Compression is a joblib feature (as `convert --compress` implies --format joblib).
        if (m_compressionBox->currentData().toString() != QLatin1String("none"))
            m_containerBox->setCurrentIndex(1);
    });
    connect(m_containerBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_containerBox->currentIndex() == 0)
            m_compressionBox->setCurrentIndex(0);
    });
    connect(m_target, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    updateNotes();
}

void ConvertDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(
        this, windowTitle(), m_target->text(),
        tr("Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)"));
    if (!file.isEmpty())
        m_target->setText(file);
}

void ConvertDialog::updateNotes()
{
    const int protocol = m_protocolBox->currentData().toInt();
    static const char *const protocolNotes[] = {
        QT_TR_NOOP("Printable ASCII that every Python reads; the largest and slowest form."),
        QT_TR_NOOP("The first binary form; every Python reads it."),
        QT_TR_NOOP("Python 2.3+: new-style classes written compactly."),
        QT_TR_NOOP("Python 3.0+: bytes written as bytes; Python 2 cannot read it."),
        QT_TR_NOOP("Python 3.4+: very large objects and framing; the default of Python 3.8+."),
        QT_TR_NOOP("Python 3.8+: out-of-band buffers; numpy arrays as raw bytes."),
    };
    m_protocolNote->setText(protocol < 0 ? tr("Each pickle keeps the protocol it was written "
                                              "with.")
                                         : tr(protocolNotes[protocol]));
    m_containerNote->setText(
        m_containerBox->currentIndex() == 0
            ? tr("Read with pickle.load(); numpy arrays inside the pickle.")
            : tr("Read with joblib.load(); numpy arrays as aligned raw payloads after their "
                 "wrappers, optionally compressed."));
    const QString compression = m_compressionBox->currentData().toString();
    QString note;
    if (compression == QLatin1String("none"))
        note = tr("Not compressed.");
    else if (compression == QLatin1String("zlib"))
        note = tr("zlib (deflate): joblib's default compressor; fast, good ratio.");
    else if (compression == QLatin1String("gzip"))
        note = tr("gzip: deflate with a gzip header; gunzip can unpack it.");
    else if (compression == QLatin1String("bz2"))
        note = tr("bz2: smaller than zlib on text-like data, slower.");
    else if (compression == QLatin1String("xz"))
        note = tr("xz (LZMA2): the smallest files, the slowest to write.");
    else if (compression == QLatin1String("lzma"))
        note = tr("lzma: the legacy .lzma container of LZMA.");
    else
        note = tr("lz4: the fastest, larger files; Python needs the lz4 package to load it.");
    m_compressionNote->setText(note);
    m_level->setEnabled(compression != QLatin1String("none") && m_compressionBox->isEnabled());
}

std::optional<ConvertOptions> ConvertDialog::options() const
{
    ConvertOptions options;
    options.protocol = m_protocolBox->currentData().toInt();
    options.container
        = static_cast<ConvertOptions::Container>(m_containerBox->currentData().toInt());
    options.compression = m_compressionBox->currentData().toString().toStdString();
    options.level = m_level->value();
    const bool ownContainer
        = (options.container == ConvertOptions::Container::Joblib) == (m_format == Format::Joblib);
    const bool torch = m_format == Format::TorchZip || m_format == Format::TorchLegacy;
    if (torch
        || (options.protocol < 0 && ownContainer
            && QString::fromStdString(options.compression) == m_compression))
        return std::nullopt;
    return options;
}

QString ConvertDialog::target() const
{
    return m_target->text().trimmed();
}

void ConvertDialog::setTarget(const QString &path)
{
    m_target->setText(path);
}

void ConvertDialog::choose(int protocol, ConvertOptions::Container container,
                           const QString &compression, int level)
{
    m_protocolBox->setCurrentIndex(m_protocolBox->findData(protocol));
    m_containerBox->setCurrentIndex(container == ConvertOptions::Container::Joblib ? 1 : 0);
    m_compressionBox->setCurrentIndex(std::max(0, m_compressionBox->findData(compression)));
    m_level->setValue(level);
}

void ConvertDialog::accept()
{
    if (target().isEmpty())
        return;
    const QString problem = m_write ? m_write(target(), options()) : QString();
    m_error->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace ps::gui
