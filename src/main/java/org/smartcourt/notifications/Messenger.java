package org.smartcourt.notifications;

/**
 * Sends messages over the platform's channels. A message is sent now, in the caller's thread, and the answer says
 * whether the far side accepted it and when: for service of documents that moment can be the legal moment of
 * delivery (在线诉讼规则 Art. 31). Sending the same key again returns the first outcome without sending twice.
 */
public interface Messenger {

    Dispatch send(OutboundMessage message);
}
