namespace TrivselsBot.CheckIns.Questions;

/// <summary>The validated question bank: one anchor asked every week, eight themes, and their rotating questions.</summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<string, IReadOnlyList<ThemedQuestion>> _byTheme;

    /// <summary>Only <see cref="QuestionBankLoader"/> builds banks, after checking them.</summary>
    internal QuestionBank(Question anchor, IReadOnlyList<Theme> themes, IReadOnlyList<ThemedQuestion> questions)
    {
        Anchor = anchor;
        Themes = themes;
        Questions = questions;
        _byId = questions.Cast<Question>().Prepend(anchor).ToDictionary(q => q.Id, StringComparer.Ordinal);
        _byTheme = themes.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<ThemedQuestion>)questions.Where(q => q.ThemeId == t.Id).ToList(),
            StringComparer.Ordinal);
    }

    public Question Anchor { get; }

    public IReadOnlyList<Theme> Themes { get; }

    public IReadOnlyList<ThemedQuestion> Questions { get; }

    /// <summary>Whether the anchor or a themed question has this id.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The anchor or a themed question; <see cref="KeyNotFoundException"/> for an id the bank lacks.</summary>
    public Question Get(string id) =>
        _byId.TryGetValue(id, out var question) ? question : throw new KeyNotFoundException($"The question bank has no question \"{id}\".");

    /// <summary>The theme's questions in file order.</summary>
    public IReadOnlyList<ThemedQuestion> InTheme(string themeId) => _byTheme[themeId];
}
