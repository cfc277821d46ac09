namespace Ingest.Api.Subscribers.Tokens;

/// <summary>What a verified mail-link token says: what it is for, whose it is and when it was made.</summary>
public readonly record struct SubscriberToken(TokenPurpose Purpose, Guid SubscriberId, DateTimeOffset IssuedAt);
