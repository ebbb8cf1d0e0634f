package dev.needledrop.discogs.error;

/**
 * Discogs refused to exchange a request token for an access token within the token's lifetime: the
 * verifier is wrong, belongs to another request token, or was already used (400).
 */
public class InvalidVerifierException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the refused exchange. */
  public InvalidVerifierException(FailedCall call) {
    super(call);
  }

  @Override
  public String getMessage() {
    return "Discogs did not accept the OAuth verifier for this request token ("
        + super.getMessage()
        + ")";
  }
}
