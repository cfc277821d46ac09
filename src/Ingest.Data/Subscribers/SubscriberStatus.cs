namespace Ingest.Data.Subscribers;

public enum SubscriberStatus
{
    /// <summary>Asked for the digest; nothing but confirmation mails goes out until the link is followed.</summary>
    Pending,

    /// <summary>Followed the confirmation link: gets the weekly digest.</summary>
    Confirmed,

    /// <summary>Asked to stop: gets nothing more, and is erased after the retention period.</summary>
    Unsubscribed,

    /// <summary>The mail server refused the address for good (a 5xx to RCPT): it is never mailed again.</summary>
    Suppressed,
}
