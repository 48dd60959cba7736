#include "RoleEditorDialog.h"
#include "ui_RoleEditorDialog.h"

#include "ui/ErrorText.h"
#include "ui/roles/VersionConflictDialog.h"
#include "ui/UiStyle.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PermissionFilterModel.h"

#include "models/PermissionTreeModel.h"
#include "models/Validators.h"
#include "sync/ApiClient.h"
#include "sync/Workspace.h"
#include "sync/WriteThrough.h"

#include <QLoggingCategory>

namespace zc::ui {

namespace {
Q_LOGGING_CATEGORY(lcRoleEditor, "zc.ui.roleeditor", QtInfoMsg)
constexpr int MaxNameLength = 30;
constexpr int MaxRemarkLength = 200;

} // namespace

RoleEditorDialog::RoleEditorDialog(sync::ApiClient *client, sync::Workspace *workspace,
                                   const PermissionCatalog &catalog, const Session &session,
                                   const std::optional<Role> &role, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::RoleEditorDialog), m_client(client), m_workspace(workspace), m_catalog(catalog),
      m_base(role)
{
    m_ui->setupUi(this);
    setWindowTitle(role ? tr("Edit role “%1”").arg(role->name) : tr("Add role"));
    UiStyle::primaryButton(m_ui->okButton);
    m_ui->okButton->setText(role ? tr("&Save") : tr("&Add role"));

    m_filter = PermissionFilterModel::forGranting(m_catalog, session, this);
    m_tree = m_filter->tree();
    m_ui->permissionView->setModel(m_filter);
    m_ui->permissionView->expandAll();
    UiStyle::fieldHint(m_ui->heldHintLabel,
                       session.isMainAccount()
                           ? QString()
                           : tr("Greyed menus: your own account does not hold them, so you cannot change them."));

    if (role) {
        m_initial.name = role->name;
        m_initial.remark = role->remark;
        QStringList unknown;
        m_initial.permissions = m_catalog.expand(role->permissions, &unknown);
        m_initial.permissions << unknown;
    }
    setInput(m_initial);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RoleEditorDialog::validate);
    connect(m_ui->remarkEdit, &QPlainTextEdit::textChanged, this, &RoleEditorDialog::validate);
    connect(m_tree, &PermissionTreeModel::checkedLeavesChanged, this, &RoleEditorDialog::updateCount);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &RoleEditorDialog::setFilterText);
    connect(m_ui->expandButton, &QPushButton::clicked, m_ui->permissionView, &QTreeView::expandAll);
    connect(m_ui->collapseButton, &QPushButton::clicked, m_ui->permissionView, &QTreeView::collapseAll);
    connect(m_ui->okButton, &QPushButton::clicked, this, &RoleEditorDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RoleEditorDialog::reject);
    connect(m_ui->busyBar, &BusyBar::cancelled, this, [this] { setBusy(false); });

    // Keyboard: name, remark, filter, expand, collapse, tree, save, cancel.
    setTabOrder(m_ui->nameEdit, m_ui->remarkEdit);
    setTabOrder(m_ui->remarkEdit, m_ui->filterEdit);
    setTabOrder(m_ui->filterEdit, m_ui->expandButton);
    setTabOrder(m_ui->expandButton, m_ui->collapseButton);
    setTabOrder(m_ui->collapseButton, m_ui->permissionView);
    setTabOrder(m_ui->permissionView, m_ui->okButton);
    setTabOrder(m_ui->okButton, m_ui->cancelButton);

    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    validate();
    updateCount();
    m_ui->nameEdit->setFocus();
    resize(680, 680);
}

RoleEditorDialog::~RoleEditorDialog()
{
    m_ui->busyBar->cancel();
}

sync::RoleInput RoleEditorDialog::input() const
{
    sync::RoleInput in;
    in.name = m_ui->nameEdit->text().trimmed();
    in.remark = m_ui->remarkEdit->toPlainText();
    in.permissions = m_tree->checkedLeaves();
    return in;
}

void RoleEditorDialog::setInput(const sync::RoleInput &in)
{
    m_ui->nameEdit->setText(in.name);
    m_ui->remarkEdit->setPlainText(in.remark);
    m_tree->setCheckedLeaves(in.permissions);
    validate();
    updateCount();
}

VersionConflictDialog *RoleEditorDialog::conflictDialog() const
{
    return m_conflict;
}

bool RoleEditorDialog::isBusy() const
{
    return m_busy;
}

int RoleEditorDialog::chosenPermissionCount() const
{
    return static_cast<int>(m_tree->checkedLeaves().size());
}

QString RoleEditorDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

QString RoleEditorDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = field == QLatin1String("name")      ? m_ui->nameErrorLabel
                          : field == QLatin1String("remark")  ? m_ui->remarkErrorLabel
                          : field == QLatin1String("permissions") ? m_ui->permissionsErrorLabel
                                                                   : nullptr;
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void RoleEditorDialog::validate()
{
    const QString name = m_ui->nameEdit->text();
    QString nameError;
    switch (validate::roleName(name)) {
    case ValidationError::None: break;
    case ValidationError::Empty: nameError = tr("Please enter the role name."); break;
    case ValidationError::TooLong:
        nameError = tr("The role name can have at most %1 characters (now %2).")
                        .arg(MaxNameLength)
                        .arg(validate::codePoints(name.trimmed()));
        break;
    default: nameError = tr("The role name is not valid."); break;
    }
    // An untouched new form is not an error yet: say it only once something was typed.
    if (isNew() && name.isEmpty() && !m_ui->nameEdit->isModified())
        nameError.clear();
    UiStyle::fieldError(m_ui->nameErrorLabel, m_ui->nameEdit, nameError);

    const int remarkLength = validate::codePoints(m_ui->remarkEdit->toPlainText());
    m_ui->remarkCountLabel->setText(tr("%1/%2").arg(remarkLength).arg(MaxRemarkLength));
    UiStyle::textTone(m_ui->remarkCountLabel,
                      remarkLength > MaxRemarkLength ? UiStyle::Tone::Bad : UiStyle::Tone::Hint);
    UiStyle::fieldError(m_ui->remarkErrorLabel, m_ui->remarkEdit,
                        validate::remark(m_ui->remarkEdit->toPlainText()) == ValidationError::None
                            ? QString()
                            : tr("The remark can have at most %1 characters.").arg(MaxRemarkLength));
    updateButtons();
}

bool RoleEditorDialog::isValid() const
{
    return validate::roleName(m_ui->nameEdit->text()) == ValidationError::None
           && validate::remark(m_ui->remarkEdit->toPlainText()) == ValidationError::None;
}

bool RoleEditorDialog::isDirty() const
{
    const sync::RoleInput now = input();
    return now.name != m_initial.name.trimmed() || now.remark != m_initial.remark
           || QSet<QString>(now.permissions.cbegin(), now.permissions.cend())
                  != QSet<QString>(m_initial.permissions.cbegin(), m_initial.permissions.cend());
}

void RoleEditorDialog::updateButtons()
{
    m_ui->okButton->setEnabled(!m_busy && !m_readOnly);
    m_ui->okButton->setToolTip(m_readOnly ? m_readOnlyReason : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->remarkEdit, m_ui->permissionView,
                                                       m_ui->filterEdit})
        w->setEnabled(!m_busy);
}

void RoleEditorDialog::updateCount()
{
    const int n = chosenPermissionCount();
    m_ui->countLabel->setText(tr("%n menu permission(s) chosen", nullptr, n));
    UiStyle::fieldError(m_ui->permissionsErrorLabel, nullptr, QString());
}

void RoleEditorDialog::setFilterText(const QString &text)
{
    m_filter->setFilterFixedString(text.trimmed());
    m_ui->permissionView->expandAll();
}

void RoleEditorDialog::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    updateButtons();
}

void RoleEditorDialog::setReviewOnly(bool reviewOnly)
{
    m_reviewOnly = reviewOnly;
    m_filter->setLocked(reviewOnly);
    m_ui->nameEdit->setReadOnly(reviewOnly);
    m_ui->remarkEdit->setReadOnly(reviewOnly);
    m_ui->okButton->setVisible(!reviewOnly);
    m_ui->cancelButton->setText(reviewOnly ? tr("&Close") : tr("Cancel"));
    if (m_base)
        setWindowTitle(reviewOnly ? tr("Role “%1”").arg(m_base->name) : tr("Edit role “%1”").arg(m_base->name));
    updateButtons();
}

void RoleEditorDialog::setBusy(bool busy, const QString &text, sync::ApiJob *job)
{
    m_busy = busy;
    m_ui->busyBar->setBusy(busy, text, job);
    updateButtons();
}

void RoleEditorDialog::accept()
{
    if (m_busy || m_readOnly || !m_workspace || !m_workspace->writes())
        return;
    m_ui->nameEdit->setModified(true);
    validate();
    if (!isValid()) {
        if (!m_ui->nameErrorLabel->text().isEmpty())
            m_ui->nameEdit->setFocus();
        else
            m_ui->remarkEdit->setFocus();
        return;
    }
    UiStyle::message(m_ui->errorLabel, QString(), UiStyle::Message::Error);
    const sync::RoleInput in = input();
    sync::WriteThrough *writes = m_workspace->writes();
    const auto done = [this](const sync::Result<Role> &r) {
        setBusy(false);
        if (r.ok())
            saved(*r.value);
        else
            failed(r.error);
    };
    sync::ApiJob *job = m_base ? writes->updateRole(m_base->id, in, m_base->version, this, done)
                               : writes->createRole(in, this, done);
    if (job)
        setBusy(true, m_base ? tr("Saving the role…") : tr("Adding the role…"), job);
}

void RoleEditorDialog::saved(const Role &role)
{
    m_saved = role;
    qCInfo(lcRoleEditor) << (m_base ? "role saved:" : "role added:") << role.id;
    QDialog::accept();
}

void RoleEditorDialog::failed(const ApiError &error)
{
    if (error.is(ErrorCode::Cancelled))
        return;
    if (error.is(ErrorCode::VersionConflict) && m_base) {
        resolveConflict();
        return;
    }
    QString field = ErrorText::field(error);
    if (error.is(ErrorCode::UnknownPermission) || error.is(ErrorCode::PermissionNotHeld))
        field = QStringLiteral("permissions");
    const QString sentence = ErrorText::sentence(error);
    if (field == QLatin1String("name")) {
        UiStyle::fieldError(m_ui->nameErrorLabel, m_ui->nameEdit, sentence);
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
    } else if (field == QLatin1String("remark")) {
        UiStyle::fieldError(m_ui->remarkErrorLabel, m_ui->remarkEdit, sentence);
        m_ui->remarkEdit->setFocus();
    } else if (field == QLatin1String("permissions")) {
        UiStyle::fieldError(m_ui->permissionsErrorLabel, nullptr, sentence);
        m_ui->permissionView->setFocus();
    } else {
        UiStyle::message(m_ui->errorLabel, sentence, UiStyle::Message::Error);
    }
}

void RoleEditorDialog::resolveConflict()
{
    if (!m_client || !m_base)
        return;
    const qint64 id = m_base->id;
    sync::ApiJob *job = m_client->role(id, this, [this](const sync::Result<Role> &r) {
        setBusy(false);
        if (!r.ok()) {
            if (!r.error.is(ErrorCode::Cancelled))
                UiStyle::message(m_ui->errorLabel,
                                 r.error.is(ErrorCode::NotFound)
                                     ? tr("Someone else deleted this role while you were editing it. Cancel to close "
                                          "the form, or copy what you typed into a new role.")
                                     : ErrorText::sentence(r.error),
                                 UiStyle::Message::Error);
            return;
        }
        Role theirs = *r.value;
        if (!r.etag.isEmpty())
            theirs.version = QString::fromUtf8(r.etag);
        auto *dialog = new VersionConflictDialog(*m_base, input(), theirs, m_catalog, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_conflict = dialog;
        connect(dialog, &QDialog::finished, this, [this, theirs](int result) { conflictChosen(result, theirs); });
        dialog->open();
    });
    setBusy(true, tr("Someone else changed this role. Loading the server's version…"), job);
}

void RoleEditorDialog::conflictChosen(int choice, const Role &theirs)
{
    switch (choice) {
    case VersionConflictDialog::Reapply: {
        const sync::RoleInput merged = VersionConflictDialog::reapply(*m_base, input(), theirs, m_catalog);
        m_base = theirs;
        setInput(merged);
        UiStyle::message(m_ui->errorLabel,
                         tr("The server's version is loaded and your changes are applied on top of it. Check the form "
                            "and save again."),
                         UiStyle::Message::Info);
        break;
    }
    case VersionConflictDialog::Discard: {
        m_base = theirs;
        sync::RoleInput serverInput;
        serverInput.name = theirs.name;
        serverInput.remark = theirs.remark;
        serverInput.permissions = theirs.permissions;
        m_initial = serverInput;
        setInput(serverInput);
        UiStyle::message(m_ui->errorLabel, tr("The form shows the server's version now."), UiStyle::Message::Info);
        break;
    }
    default:
        UiStyle::message(m_ui->errorLabel,
                         tr("Your changes are still here, but saving them needs the server's version first: save "
                            "again to compare."),
                         UiStyle::Message::Warning);
        break;
    }
    m_ui->okButton->setFocus();
}

void RoleEditorDialog::reject()
{
    if (m_busy) {
        m_ui->busyBar->cancel();
        return;
    }
    if (isDirty()
        && MessageBox::question(this, windowTitle(), tr("Close the form and lose the changes you made?"),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace zc::ui
