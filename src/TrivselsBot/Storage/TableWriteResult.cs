using Azure;

namespace TrivselsBot.Storage;

public enum TableWriteOutcome
{
    Success,
    AlreadyExists,
    PreconditionFailed,
    NotFound,
}

/// <summary>The outcome of a write the caller expects may lose a race; <paramref name="ETag"/> is the entity's new ETag on success.</summary>
public sealed record TableWriteResult(TableWriteOutcome Outcome, ETag? ETag = null)
{
    public bool Succeeded => Outcome == TableWriteOutcome.Success;
}
