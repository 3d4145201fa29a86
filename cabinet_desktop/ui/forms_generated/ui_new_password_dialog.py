# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_password_dialog.ui'
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

class Ui_NewPasswordDialog(object):
    def setupUi(self, newPasswordDialog):
        if not newPasswordDialog.objectName():
            newPasswordDialog.setObjectName(u"newPasswordDialog")
        newPasswordDialog.resize(440, 238)
        self.dialogLayout = QVBoxLayout(newPasswordDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(newPasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.policyHint = QLabel(newPasswordDialog)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.policyHint)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.newPasswordLabel = QLabel(newPasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(newPasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.confirmPasswordLabel = QLabel(newPasswordDialog)
        self.confirmPasswordLabel.setObjectName(u"confirmPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmPasswordLabel)

        self.confirmPassword = QLineEdit(newPasswordDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmPassword)


        self.dialogLayout.addLayout(self.passwordForm)

        self.error = QLabel(newPasswordDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(newPasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.confirmPasswordLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)

        self.retranslateUi(newPasswordDialog)
    # setupUi

    def retranslateUi(self, newPasswordDialog):
        self.newPasswordLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"&Nouveau mot de passe :", None))
        self.confirmPasswordLabel.setText(QCoreApplication.translate("NewPasswordDialog", u"&Confirmation :", None))
        pass
    # retranslateUi

