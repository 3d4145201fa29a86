# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, userDialog):
        if not userDialog.objectName():
            userDialog.setObjectName(u"userDialog")
        userDialog.resize(440, 358)
        self.dialogLayout = QVBoxLayout(userDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.loginLabel = QLabel(userDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(userDialog)
        self.login.setObjectName(u"login")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.personLabel = QLabel(userDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(userDialog)
        self.person.setObjectName(u"person")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person)

        self.fullNameLabel = QLabel(userDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(userDialog)
        self.fullName.setObjectName(u"fullName")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.roleLabel = QLabel(userDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(userDialog)
        self.role.setObjectName(u"role")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role)

        self.clearanceLabel = QLabel(userDialog)
        self.clearanceLabel.setObjectName(u"clearanceLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clearanceLabel)

        self.clearance = QComboBox(userDialog)
        self.clearance.setObjectName(u"clearance")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clearance)

        self.newPasswordLabel = QLabel(userDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(userDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.confirmPasswordLabel = QLabel(userDialog)
        self.confirmPasswordLabel.setObjectName(u"confirmPasswordLabel")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmPasswordLabel)

        self.confirmPassword = QLineEdit(userDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmPassword)


        self.dialogLayout.addLayout(self.accountForm)

        self.policyHint = QLabel(userDialog)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.policyHint)

        self.firstLoginNote = QLabel(userDialog)
        self.firstLoginNote.setObjectName(u"firstLoginNote")
        self.firstLoginNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.firstLoginNote)

        self.error = QLabel(userDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(userDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.personLabel.setBuddy(self.person)
        self.fullNameLabel.setBuddy(self.fullName)
        self.roleLabel.setBuddy(self.role)
        self.clearanceLabel.setBuddy(self.clearance)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.confirmPasswordLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.person)
        QWidget.setTabOrder(self.person, self.fullName)
        QWidget.setTabOrder(self.fullName, self.role)
        QWidget.setTabOrder(self.role, self.clearance)
        QWidget.setTabOrder(self.clearance, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)

        self.retranslateUi(userDialog)
    # setupUi

    def retranslateUi(self, userDialog):
        self.loginLabel.setText(QCoreApplication.translate("UserDialog", u"&Identifiant :", None))
        self.personLabel.setText(QCoreApplication.translate("UserDialog", u"Perso&nne du cabinet :", None))
#if QT_CONFIG(tooltip)
        self.person.setToolTip(QCoreApplication.translate("UserDialog", u"La personne \u00e0 qui appartient le compte : tapez une partie de son nom, ou choisissez \u00ab Nouvelle personne \u00bb et saisissez son nom ci-dessous.", None))
#endif // QT_CONFIG(tooltip)
        self.fullNameLabel.setText(QCoreApplication.translate("UserDialog", u"&Pr\u00e9nom et nom :", None))
        self.roleLabel.setText(QCoreApplication.translate("UserDialog", u"&R\u00f4le :", None))
        self.clearanceLabel.setText(QCoreApplication.translate("UserDialog", u"&Habilitation :", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("UserDialog", u"&Mot de passe initial :", None))
        self.confirmPasswordLabel.setText(QCoreApplication.translate("UserDialog", u"&Confirmation :", None))
        self.firstLoginNote.setText(QCoreApplication.translate("UserDialog", u"L'utilisateur devra changer ce mot de passe \u00e0 sa premi\u00e8re connexion.", None))
        pass
    # retranslateUi

