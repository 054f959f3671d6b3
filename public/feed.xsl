<?xml version="1.0" encoding="utf-8"?>
<!--
  Makes a Postbag Atom feed readable when it is opened in a browser: says what a feed is, how
  to follow it in a feed reader or by email, and lists its letters. Feed readers ignore it.
  No inline script or style: the page it makes obeys the site's Content Security Policy.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="yes"/>

  <xsl:template match="/atom:feed">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> (feed)</title>
        <link rel="stylesheet" href="/feed.css"/>
      </head>
      <body>
        <main class="feed-page">
          <p class="feed-page__kind">Atom feed</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p><xsl:value-of select="atom:subtitle"/></p>
          <section class="feed-page__about" aria-labelledby="what-is-a-feed">
            <h2 id="what-is-a-feed">What is this page?</h2>
            <p>
              This is a <strong>feed</strong>: a list of the newest letters that programs can check
              for you, so you hear about new letters without visiting the site. Its address is
            </p>
            <p><code class="feed-page__url"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
            <h2 id="follow">How to follow it</h2>
            <ul>
              <li>
                <strong>In a feed reader</strong> (an app or website that collects feeds): copy the
                address above and add it as a new subscription.
              </li>
              <li>
                <strong>By email</strong>: paste the address into a feed-to-email service (there
                are free ones, such as Blogtrottr or FeedRabbit); it sends you an email when a letter
                is added.
              </li>
            </ul>
            <p>
              <a href="{atom:link[@rel='alternate']/@href}">Back to the page this feed belongs to</a>
              · <a href="/feeds/">More about feeds</a>
            </p>
          </section>
          <h2 id="letters">Letters in this feed</h2>
          <ol class="feed-page__entries">
            <xsl:for-each select="atom:entry">
              <li>
                <h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a></h3>
                <p class="feed-page__date">
                  Feed date <xsl:value-of select="substring(atom:published, 1, 10)"/>
                  <xsl:if test="atom:updated != atom:published">
                    · corrected <xsl:value-of select="substring(atom:updated, 1, 10)"/>
                  </xsl:if>
                </p>
                <p><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
