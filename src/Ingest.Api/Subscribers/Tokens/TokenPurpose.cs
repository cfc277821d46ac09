namespace Ingest.Api.Subscribers.Tokens;

/// <summary>What a mail link may do; part of the signed bytes, so an unsubscribe link cannot confirm and the reverse.</summary>
public enum TokenPurpose : byte
{
    Confirm = 1,
    Unsubscribe = 2,
}
