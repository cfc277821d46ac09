namespace Ingest.Api.Mail;

/// <summary>
/// The mail server refused the recipient for good: a 5xx reply to <c>RCPT TO</c> (no such mailbox, domain does not
/// take mail). Mailing the address again would only hurt the sender's standing, so it is suppressed.
/// </summary>
public sealed class RecipientRejectedException(string address, int statusCode, string reply, Exception inner)
    : Exception($"The mail server refused {address} for good ({statusCode}: {reply}).", inner)
{
    public string Address { get; } = address;

    public int StatusCode { get; } = statusCode;

    public string Reply { get; } = reply;
}
