using System.Text;

namespace TrivselsBot.BotConnector.Tests;

public class ActivityReaderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"type\":\"message\",}")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"message\"")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":null}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an object\"}")]
    [InlineData("{\"type\":\"message\"} trailing")]
    public void Bad_input_gives_an_error_and_no_activity(string body)
    {
        var result = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.False(result.Succeeded);
        Assert.Null(result.Activity);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Invalid_UTF8_gives_an_error()
    {
        byte[] body = [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.NotNull(ActivityReader.Parse(body).Error);
    }

    [Fact]
    public void A_typed_object_is_read()
    {
        var result = ActivityReader.Parse("""{"type":"conversationUpdate","membersAdded":[{"id":"28:bot"}]}"""u8);

        Assert.True(result.Succeeded);
        Assert.Null(result.Error);
        Assert.Equal(ActivityTypes.ConversationUpdate, result.Activity.Type);
        Assert.Equal("28:bot", Assert.Single(result.Activity.MembersAdded!).Id);
    }
}
