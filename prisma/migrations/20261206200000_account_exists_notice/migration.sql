-- Sign-up answers the same whether or not the address has an account; its owner gets this email.
ALTER TYPE "NotificationKind" ADD VALUE 'ACCOUNT_EXISTS' AFTER 'RESET_PASSWORD';
