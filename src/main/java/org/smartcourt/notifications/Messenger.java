package org.smartcourt.notifications;

/**
 * Sends messages over the platform's channels. A message is sent now, in the caller's thread, and the answer says
 * whether the far side accepted it and when: for service of documents that moment can be the legal moment of
 * delivery (在线诉讼规则 Art. 31). Sending the same key again returns the first outcome without sending twice.
 *
 * <p>Precisely: a key is accepted at most once per channel and address. Once accepted, sending it again returns that
 * accepted dispatch. After a refusal (the SMTP server or the SMS gateway was down, the address was wrong), sending it
 * again tries again. Every failure comes back as a refused dispatch with the reason; nothing is thrown. The attempt is
 * recorded in a transaction of its own before the far side is called, so a caller's rollback does not forget a message
 * that went out; a message whose sender died mid-way is sent again with the same Message-ID or gateway reference, by
 * which the far side can recognise it.
 */
public interface Messenger {

    Dispatch send(OutboundMessage message);
}
