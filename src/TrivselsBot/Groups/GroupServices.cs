using TrivselsBot.Chat;

namespace TrivselsBot.Groups;

public static class GroupServices
{
    /// <summary>"grupper": named parts of a team, their answers aggregated apart and shown under complementary suppression.</summary>
    public static IServiceCollection AddTeamGroups(this IServiceCollection services)
    {
        services.AddSingleton<IBotCommand, GroupsCommand>();
        services.AddSingleton<ICardAction, SaveGroupsAction>();
        services.AddSingleton<GroupAggregateStore>();
        services.AddSingleton<GroupSummaries>();
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = [GroupAggregateStore.TableName];
}
