package org.claimdesk.article.ui;

import org.claimdesk.security.TeamSummary;

import java.time.LocalDate;

/** The import dialog's bean: what the user has typed so far. */
class ImportForm {
    private String title = "";
    private String url = "";
    private String publisher = "";
    private LocalDate publishedAt;
    private String text = "";
    /** Null: the importer's only team (the service refuses it when they are in several). */
    private TeamSummary team;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public LocalDate getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDate publishedAt) { this.publishedAt = publishedAt; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public TeamSummary getTeam() { return team; }
    public void setTeam(TeamSummary team) { this.team = team; }
}
