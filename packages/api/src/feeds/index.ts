export { renderFeed, labelFeedPath, POSTS_FEED_PATH, COMMENTS_FEED_PATH } from "./load";
export { feedResponse, type RenderedFeed } from "./http";
export { buildPostsFeed, buildCommentsFeed, FEED_CONTENT_TYPE, type FeedFormat } from "./build";
