from jobwise.core.errors import BadRequest, Forbidden, NotFound, Unauthorized


class InvalidCredentials(Unauthorized):
    code = "invalid_credentials"
    message = "The email or password is incorrect."


class AccountDisabled(Unauthorized):
    code = "account_disabled"
    message = "This account has been deactivated."


class InvalidToken(Unauthorized):
    code = "invalid_token"
    message = "The token is invalid or has expired; sign in again."


class TokenReused(Unauthorized):
    code = "token_reused"
    message = "This refresh token was already used; the session has been ended for safety. Sign in again."


class CsrfFailed(Forbidden):
    code = "csrf_failed"
    message = "Missing or wrong X-CSRF-Token header for a cookie-authenticated request."


class InteractiveSessionRequired(Forbidden):
    code = "interactive_session_required"
    message = "API keys cannot do this; sign in with your password."


class EmailTaken(BadRequest):
    code = "email_taken"
    message = "An account with this email already exists."


class WrongPassword(BadRequest):
    code = "wrong_password"
    message = "The current password is incorrect."


class InvalidResetToken(BadRequest):
    code = "invalid_token"
    message = "This reset link is invalid, expired or already used; request a new one."


class ApiKeyNotFound(NotFound):
    code = "api_key_not_found"
    message = "API key not found."


class TooManyApiKeys(BadRequest):
    code = "too_many_api_keys"
    message = "You already have the maximum number of API keys; delete one first."
