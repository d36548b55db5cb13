using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Scenario #3 small: storage goes away for 10 s while a team answers; nothing is lost, doubled or half-written.</summary>
[Collection(FaultScenarioCollection.Name)]
public sealed class StorageDownDuringAnswersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sixty_answers_with_storage_down_ten_seconds_are_each_stored_once_or_told_to_try_again_and_stored_on_resubmit()
    {
        var result = await new StorageDownDuringAnswersScenario(answers: 60).MeasureAsync(CancellationToken.None);
        FaultFigures.Write(output, result.Outcome);

        Assert.True(result.Outcome.Held, result.Outcome.ToString());
        Assert.True(result.ToldTryAgain > 0, "no answer was sent while storage was down");
        Assert.Equal(0, result.Unclear);
    }
}
