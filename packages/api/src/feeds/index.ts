export { renderFeed } from "./load";
export { feedResponse, type RenderedFeed } from "./http";
export { buildPostsFeed, buildCommentsFeed, FEED_CONTENT_TYPE, type FeedFormat } from "./build";
