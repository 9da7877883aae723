@org.springframework.modulith.NamedInterface("openapi")
package cn.gov.nantong.govmedia.common.openapi;
