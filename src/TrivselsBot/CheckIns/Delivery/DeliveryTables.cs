namespace TrivselsBot.CheckIns.Delivery;

/// <summary>The tables delivery needs provisioned.</summary>
public static class DeliveryTables
{
    public static IReadOnlyList<string> All { get; } = [PersonalChats.TableName, SendRecords.TableName];
}
