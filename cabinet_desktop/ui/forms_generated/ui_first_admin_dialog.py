# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_admin_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FirstAdminDialog(object):
    def setupUi(self, firstAdminDialog):
        if not firstAdminDialog.objectName():
            firstAdminDialog.setObjectName(u"firstAdminDialog")
        firstAdminDialog.resize(460, 354)
        self.dialogLayout = QVBoxLayout(firstAdminDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(firstAdminDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.policyHint = QLabel(firstAdminDialog)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.policyHint)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.loginLabel = QLabel(firstAdminDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(firstAdminDialog)
        self.login.setObjectName(u"login")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.fullNameLabel = QLabel(firstAdminDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(firstAdminDialog)
        self.fullName.setObjectName(u"fullName")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.newPasswordLabel = QLabel(firstAdminDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(firstAdminDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.confirmPasswordLabel = QLabel(firstAdminDialog)
        self.confirmPasswordLabel.setObjectName(u"confirmPasswordLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmPasswordLabel)

        self.confirmPassword = QLineEdit(firstAdminDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmPassword)


        self.dialogLayout.addLayout(self.accountForm)

        self.error = QLabel(firstAdminDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(firstAdminDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.fullNameLabel.setBuddy(self.fullName)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.confirmPasswordLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.fullName)
        QWidget.setTabOrder(self.fullName, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)

        self.retranslateUi(firstAdminDialog)
    # setupUi

    def retranslateUi(self, firstAdminDialog):
        firstAdminDialog.setWindowTitle(QCoreApplication.translate("FirstAdminDialog", u"Premier d\u00e9marrage \u2014 compte administrateur", None))
        self.intro.setText(QCoreApplication.translate("FirstAdminDialog", u"Cette base n'a encore aucun compte. Cr\u00e9ez le compte de l'administrateur : il g\u00e8re les comptes, les param\u00e8tres et les sauvegardes. Gardez son mot de passe en lieu s\u00fbr.", None))
        self.loginLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Identifiant :", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Pr\u00e9nom et nom :", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Mot de passe :", None))
        self.confirmPasswordLabel.setText(QCoreApplication.translate("FirstAdminDialog", u"&Confirmation :", None))
    # retranslateUi

