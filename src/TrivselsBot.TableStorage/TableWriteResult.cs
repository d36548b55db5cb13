namespace TrivselsBot.TableStorage;

public enum TableWriteOutcome
{
    Success,
    AlreadyExists,
    PreconditionFailed,
    NotFound,
}

/// <summary>The outcome of a write; <paramref name="ETag"/> is the entity's new ETag when the service returned one.</summary>
public sealed record TableWriteResult(TableWriteOutcome Outcome, string? ETag)
{
    public bool Succeeded => Outcome == TableWriteOutcome.Success;
}
