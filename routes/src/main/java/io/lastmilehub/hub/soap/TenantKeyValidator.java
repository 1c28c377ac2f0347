package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.security.TenantDirectory;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.UsernameTokenValidator;

/**
 * Checks a WS-Security UsernameToken against the tenants' API keys: the username is the tenant id, the password
 * (type PasswordText) one of its keys, compared by {@link TenantDirectory} in constant time. WSS4J's own check would
 * ask a CallbackHandler for the key in clear, which the hub does not have when keys are configured as SHA-256 hashes;
 * for the same reason PasswordDigest tokens are refused. A refusal is a wsse:FailedAuthentication fault.
 */
final class TenantKeyValidator extends UsernameTokenValidator {

    private final TenantDirectory tenants;

    TenantKeyValidator(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void verifyPlaintextPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        if (!tenants.authenticates(token.getName(), token.getPassword())) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
    }

    @Override
    protected void verifyDigestPassword(UsernameToken token, RequestData data) throws WSSecurityException {
        throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
    }
}
